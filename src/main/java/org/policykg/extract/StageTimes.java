package org.policykg.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per stage, summed over documents and threads (as CoreNLP's pipeline timer does), so that
 * {@code bench} can say where conversion time goes. Cheap enough to be always on: two clock reads per
 * stage and document.
 */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    public void add(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, k -> {
            order.putIfAbsent(k, order.size());
            return new LongAdder();
        }).add(elapsedNanos);
    }

    /** Nanoseconds per stage, in the order the stages first ran. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum()));
        return out;
    }

    public void reset() {
        nanos.values().forEach(LongAdder::reset);
    }
}
