package org.policykg.bench;

import java.io.IOException;
import java.net.ServerSocket;

/** Free loopback ports for the servers the benchmark starts (the start itself is timed by {@link StartBench}). */
final class UpTimer {
    private UpTimer() {}

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
