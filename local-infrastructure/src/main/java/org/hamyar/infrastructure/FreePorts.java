package org.hamyar.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Ports for tests and for the launcher's checks. */
public final class FreePorts {

    /** Never handed out twice by one JVM, so two servers started in a row cannot collide. */
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /**
     * A port nothing listens on now, from the kernel's ephemeral range — so never one of the
     * suite's local ports (8080-8083, 8180, 9092) that a developer may be using.
     */
    public static int next() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(0));
                int port = socket.getLocalPort();
                if (GIVEN.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot find a free port", e);
            }
        }
        throw new IllegalStateException("no free port after 50 attempts");
    }

    /** True when a server could listen on {@code port} on every interface now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails naming the port and what wanted it, when something already listens there. */
    public static void requireFree(int port, String wantedBy) {
        if (!isFree(port)) {
            throw new IllegalStateException("port " + port + " (" + wantedBy + ") is already in use;"
                    + " stop whatever listens there (ss -ltnp 'sport = :" + port + "') or run ./hamyar down");
        }
    }
}
