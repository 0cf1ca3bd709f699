package org.policykg.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap while something runs: the most ever in use (sampled, and read just before every collection) and
 * the most in use just after a collection, an upper bound of what a job really keeps.
 */
final class HeapWatch implements AutoCloseable {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private final java.util.Set<String> heapPools = new java.util.HashSet<>();

    HeapWatch() {
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == java.lang.management.MemoryType.HEAP)
                heapPools.add(pool.getName());
        NotificationListener listener = this::onGc;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType()))
            return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        peakUsed.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        peakLive.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    }

    /** The heap pools' part of a collection's memory report (it also lists metaspace and code caches). */
    private long heap(java.util.Map<String, MemoryUsage> pools) {
        long s = 0;
        for (var e : pools.entrySet())
            if (heapPools.contains(e.getKey()))
                s += e.getValue().getUsed();
        return s;
    }

    /** Most heap in use at any moment, in MB. */
    double peakUsedMb() { return peakUsed.get() / 1048576.0; }

    /**
     * Most heap in use just after a collection, in MB (0 when no collection happened): an upper bound of the
     * live data, since after a young collection the old generation still holds garbage not yet collected.
     */
    double peakLiveMb() { return peakLive.get() / 1048576.0; }

    /** Heap in use after a full collection, in MB: what the process holds on to. */
    static double usedAfterGcMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
    }
}
