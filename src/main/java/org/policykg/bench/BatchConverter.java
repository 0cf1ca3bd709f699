package org.policykg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.system.StreamRDF;

/**
 * The project's conversion as the benchmark runs it: the batch runner every command uses (parallel,
 * checked against the shapes, in input order). Handed in by the command line, so that this feature does
 * not depend on the extraction feature.
 */
public interface BatchConverter {
    /** Converts the files on {@code threads} threads into {@code out}; returns how many sentences were read. */
    long convert(List<Path> files, int threads, StreamRDF out) throws InterruptedException;

    /** Nanoseconds per step (read, each stage, write, check) since the last reset, in pipeline order. */
    Map<String, Long> stageNanos();

    void resetStageTimes();
}
