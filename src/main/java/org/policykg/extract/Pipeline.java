package org.policykg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.policykg.document.Cancellation;
import org.policykg.document.Document;
import org.policykg.document.Layer;
import org.policykg.extract.stages.Stage;

/**
 * The stages of one language, in order, checked when built: every layer a stage requires is provided
 * by an earlier stage, and the layers the output needs are provided by some stage.
 */
public final class Pipeline {
    private final String language;
    private final List<Stage> stages;
    private final StageTimes times;

    private Pipeline(String language, List<Stage> stages, StageTimes times) {
        this.language = language;
        this.stages = List.copyOf(stages);
        this.times = times;
    }

    /**
     * Checks and assembles a pipeline.
     *
     * @param needed the layers whatever consumes the result reads (the graph writer needs them all)
     * @throws IllegalArgumentException naming the stage and the layer when a requirement is not met
     */
    public static Pipeline build(String language, List<Stage> stages, Set<Layer> needed, StageTimes times) {
        Set<Layer> provided = EnumSet.noneOf(Layer.class);
        for (Stage s : stages) {
            for (Layer l : Layer.values()) // in layer order, so the message is the same every time
                if (s.requires().contains(l) && !provided.contains(l))
                    throw new IllegalArgumentException("the " + language + " pipeline cannot be built: stage '" + s.name()
                            + "' requires the " + l.label() + " layer, which no stage before it provides");
            provided.addAll(s.provides());
        }
        for (Layer l : needed)
            if (!provided.contains(l))
                throw new IllegalArgumentException("the " + language + " pipeline cannot be built: no stage provides the "
                        + l.label() + " layer that its output needs");
        return new Pipeline(language, stages, times);
    }

    public String language() { return language; }

    public List<Stage> stages() { return stages; }

    /** Runs every stage on the document; stops with a CancellationException when its thread is interrupted. */
    public Document run(Document doc) {
        for (Stage s : stages) {
            Cancellation.check();
            long t0 = System.nanoTime();
            doc = s.apply(doc);
            times.add(s.name(), System.nanoTime() - t0);
            for (Layer l : s.provides())
                if (!doc.has(l))
                    throw new IllegalStateException("stage '" + s.name() + "' declares the " + l.label() + " layer but did not add it");
        }
        return doc;
    }
}
