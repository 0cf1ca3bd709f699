package org.policykg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for the servers the benchmarks, the soak run and the tests start. A port is taken below Linux's
 * ephemeral range (32768-60999 by default), where the system hands out ports to outgoing connections and to port-0
 * binds: a port from that range may go to another socket (the run's own HTTP clients, another process) between the
 * probe and the server's bind. Each call starts at a random place, so two runs on one machine seldom probe the same.
 */
public final class LocalPorts {
    private static final int FIRST_PORT = 20000, PORT_SPAN = 12000, TRIES = 200;

    private LocalPorts() {}

    /** A port free on the loopback address now. */
    public static int free() {
        int start = ThreadLocalRandom.current().nextInt(PORT_SPAN);
        for (int i = 0; i < TRIES; i++) {
            int port = FIRST_PORT + (start + i * 97) % PORT_SPAN;
            try (ServerSocket s = new ServerSocket()) {
                s.setReuseAddress(false);
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return port;
            } catch (IOException taken) {
                // the next one
            }
        }
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
