package org.policykg.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.riot.system.StreamRDF;
import org.policykg.document.Document;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;
import org.policykg.error.UserError;
import org.policykg.rdf.DocumentBuffer;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.rdf.ShapeCheckingSink;
import org.policykg.rdf.ShapeValidator;

/**
 * Converts a batch of files the one way every command does: in parallel on worker threads, each document
 * checked against the shapes in its worker (when a validator is given), then handed to the sink whole
 * and in input order (one start()/finish() per document), whatever order the workers finish in.
 *
 * <p>A document that runs past the time limit is stopped: its worker thread is interrupted and the
 * extraction stages, which check for interruption per sentence, throw out of it; the batch waits for the
 * worker to end before it returns. At most a few documents per thread are held at a time.
 */
public final class BatchRunner {
    /** Told after each document, in input order. */
    @FunctionalInterface
    public interface Progress {
        void done(int finished, int total);
    }

    /**
     * What became of one file.
     *
     * @param quads     how many quads went into the sink (0 when it failed)
     * @param sentences how many sentences the document has
     * @param error     why it was not converted (bad input, not conforming, out of time), or null
     */
    public record Outcome(Path file, long quads, int sentences, UserError error) {
        public boolean ok() { return error == null; }
    }

    /** Threads are named so, so that a test can see them stop. */
    public static final String THREAD_NAME = "policykg-convert-";
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Conversion conversion;
    private final int threads;
    private final Duration timeLimit;
    private ShapeValidator validator;
    private Progress progress = (done, total) -> { };

    public BatchRunner(Conversion conversion, int threads, Duration timeLimit) {
        if (threads < 1 || timeLimit.isNegative() || timeLimit.isZero())
            throw new IllegalArgumentException("threads and the time limit must be positive");
        this.conversion = conversion;
        this.threads = threads;
        this.timeLimit = timeLimit;
    }

    /**
     * The runner every command uses: the ontology folder's lexicon and concept scheme, every document checked
     * against its shapes (when it has {@code shapes.ttl}).
     *
     * @throws UserError (ENVIRONMENT) when the lexicon is missing or unreadable
     */
    public static BatchRunner forOntology(Path ontologyDir, DocumentGraphWriter.Run run, int threads, Duration timeLimit) {
        return forOntology(ontologyDir, new TextReader(), run, threads, timeLimit);
    }

    /** As above, with this reader. The shape check is built on another thread while the English pipeline is. */
    public static BatchRunner forOntology(Path ontologyDir, TextReader reader, DocumentGraphWriter.Run run, int threads, Duration timeLimit) {
        if (!java.nio.file.Files.isRegularFile(ontologyDir.resolve(ShapeValidator.SHAPES_FILE)))
            return new BatchRunner(Conversion.forOntology(ontologyDir, reader, run), threads, timeLimit);
        java.util.concurrent.CompletableFuture<ShapeValidator> shapes = new java.util.concurrent.CompletableFuture<>();
        Conversion conversion = Conversion.forOntology(ontologyDir, reader, run, loaded -> {
            Thread t = new Thread(() -> {
                try {
                    shapes.complete(shapesFor(loaded, ontologyDir));
                } catch (Throwable ex) {
                    shapes.completeExceptionally(ex);
                }
            }, "policykg-read-shapes");
            t.setDaemon(true);
            t.start();
        });
        return new BatchRunner(conversion, threads, timeLimit).checkedBy(Extractor.joined(shapes));
    }

    /** A runner over a conversion already built, checked against the ontology folder's shapes (when it has them). */
    public static BatchRunner forConversion(Conversion conversion, Path ontologyDir, int threads, Duration timeLimit) {
        BatchRunner runner = new BatchRunner(conversion, threads, timeLimit);
        if (java.nio.file.Files.isRegularFile(ontologyDir.resolve(ShapeValidator.SHAPES_FILE)))
            runner.checkedBy(shapesFor(conversion, ontologyDir));
        return runner;
    }

    /** The ontology folder's shapes, with the concept scheme as the conversion's extractor read it (the same files: not parsed a second time). */
    private static ShapeValidator shapesFor(Conversion conversion, Path ontologyDir) {
        org.apache.jena.graph.Graph scheme = conversion.schemeReadFrom(Conversion.schemeFiles(ontologyDir));
        return scheme == null ? ShapeValidator.forOntology(ontologyDir)
                : ShapeValidator.forOntology(ontologyDir, Conversion.schemeFiles(ontologyDir), scheme);
    }

    /** Checks every document against these shapes in its worker; a document that does not conform fails with an INVALID error. */
    public BatchRunner checkedBy(ShapeValidator shapes) {
        this.validator = shapes;
        return this;
    }

    public BatchRunner onProgress(Progress p) {
        this.progress = p;
        return this;
    }

    public Conversion conversion() { return conversion; }

    /** A worker's result: the document's quads, or what went wrong. */
    private record Done(DocumentBuffer quads, int sentences, UserError error) {}

    /** One document being converted. */
    private final class Task implements Callable<Done> {
        final Path file;
        final Metadata options;
        final AtomicLong startedAt = new AtomicLong();
        Future<Done> future;

        Task(Path file, Metadata options) {
            this.file = file;
            this.options = options;
        }

        @Override
        public Done call() {
            startedAt.set(System.nanoTime());
            DocumentBuffer buffer = new DocumentBuffer();
            ShapeCheckingSink check = validator == null ? null : new ShapeCheckingSink(validator, file.toString(), buffer);
            try {
                Document doc = conversion.convert(file, options, check == null ? buffer : check);
                if (check != null) { // the check ran inside the writer's finish(): book it as its own step
                    conversion.times().add("write", -check.nanos());
                    conversion.times().add("check", check.nanos());
                }
                return new Done(buffer, doc.sentences().size(), null);
            } catch (UserError ex) {
                return new Done(null, 0, ex);
            }
        }

        boolean overdue(long limitNanos) {
            long t0 = startedAt.get();
            return t0 != 0 && !future.isDone() && System.nanoTime() - t0 > limitNanos;
        }
    }

    /**
     * Converts the files and passes each converted document into {@code sink}, in input order.
     * Documents that fail do not reach the sink; the outcomes say why, in input order.
     *
     * @param options metadata that overrides every file's sidecar ({@link Metadata#EMPTY} for none)
     */
    public List<Outcome> run(List<Path> files, Metadata options, StreamRDF sink) throws InterruptedException {
        int n = files.size();
        List<Outcome> outcomes = new ArrayList<>(n);
        if (n == 0)
            return outcomes;
        int pool = POOLS.incrementAndGet();
        List<Thread> started = new CopyOnWriteArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
            Thread t = new Thread(r, THREAD_NAME + pool + "-" + (started.size() + 1));
            t.setDaemon(true);
            started.add(t);
            return t;
        });
        long limitNanos = timeLimit.toNanos();
        int window = threads * 4; // documents submitted ahead of the one being passed on: bounds what is held
        List<Task> tasks = new ArrayList<>(n);
        for (Path f : files)
            tasks.add(new Task(f, options));
        int submitted = 0;
        try {
            for (int i = 0; i < n; i++) {
                while (submitted < n && submitted < i + window) {
                    Task t = tasks.get(submitted++);
                    t.future = workers.submit(t);
                }
                Task task = tasks.get(i);
                Done done = await(task, tasks, i, submitted, limitNanos);
                tasks.set(i, null); // let the document go once passed on
                if (done.error() != null) {
                    outcomes.add(new Outcome(task.file, 0, 0, done.error()));
                } else {
                    done.quads().replay(sink);
                    outcomes.add(new Outcome(task.file, done.quads().size(), done.sentences(), null));
                }
                progress.done(i + 1, n);
            }
            return outcomes;
        } finally {
            workers.shutdownNow();
            // a stopped document's worker ends at its next check; wait for it, so nothing runs on after the batch
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            for (Thread t : started)
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
        }
    }

    /** Waits for task i, stopping every running document (i's and later ones) that is past the limit. */
    private Done await(Task task, List<Task> tasks, int i, int submitted, long limitNanos) throws InterruptedException {
        while (true) {
            try {
                return task.future.get(200, TimeUnit.MILLISECONDS);
            } catch (ExecutionException ex) {
                throw ex.getCause() instanceof RuntimeException re ? re : new IllegalStateException(ex.getCause());
            } catch (CancellationException ex) {
                return overtime(task);
            } catch (TimeoutException ex) {
                for (int j = i; j < submitted; j++) {
                    Task t = tasks.get(j);
                    if (t != null && t.overdue(limitNanos))
                        t.future.cancel(true); // interrupts the worker: the stages stop at their next check
                }
            }
        }
    }

    private Done overtime(Task task) {
        return new Done(null, 0, UserError.input(task.file + ": not converted within " + timeLimit.toSeconds()
                + " s (the per-document time limit; --time-limit raises it)"));
    }
}
