package org.policykg.cli;

import java.io.IOException;
import java.nio.file.*;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.nio.file.StandardWatchEventKinds.*;

/**
 * {@code up --watch}: watches the input folders (and the folders of input files) with the JDK's
 * {@link WatchService} (inotify on Linux) and runs the sync once the changes have settled, that is when no
 * event has come for {@link #SETTLE_MILLIS}: an editor's save or a copy is applied once, whole.
 */
final class InputWatcher {
    /** Quiet time after the last event before the change is applied. */
    static final long SETTLE_MILLIS = 300;

    private final List<Path> roots;
    private final Runnable sync;

    InputWatcher(List<Path> roots, Runnable sync) {
        this.roots = List.copyOf(roots);
        this.sync = sync;
    }

    /** Registers the folders and starts watching on a daemon thread. */
    void start() {
        WatchService watch;
        try {
            watch = FileSystems.getDefault().newWatchService();
            for (Path root : roots)
                register(watch, Files.isDirectory(root) ? root : root.toAbsolutePath().getParent());
        } catch (IOException ex) {
            throw org.policykg.error.UserError.environment("Cannot watch the inputs: " + ex.getMessage(), ex);
        }
        Thread t = new Thread(() -> loop(watch), "policykg-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void register(WatchService watch, Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList())
                d.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        }
    }

    private void loop(WatchService watch) {
        sync.run(); // a change made between the first load and the folders' registration is not lost (nothing is written otherwise)
        try {
            while (true) {
                WatchKey key = watch.take();
                boolean more = true;
                while (more) { // drain until quiet
                    drain(watch, key);
                    key = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                    more = key != null;
                }
                sync.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads a key's events, registering folders created meanwhile so that files put in them are seen too. */
    private static void drain(WatchService watch, WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == ENTRY_CREATE && e.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                try {
                    register(watch, dir.resolve(name));
                } catch (IOException ignored) {
                    // gone again already
                }
            }
        }
        key.reset();
    }
}
