package org.hamyar.infrastructure.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hamyar.infrastructure.FreePorts;

/**
 * A TCP forwarder on a fixed port of 127.0.0.1 in front of a local server, which a test switches
 * off and on: off, the port refuses connections and every open connection is cut (as when the
 * server behind it is down); on, it forwards again on the same port. The port never changes, so an
 * application configured with it sees one address that stops and starts answering.
 */
public final class SwitchableForwarder implements AutoCloseable {

    private final int port;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;

    private SwitchableForwarder(int port, int targetPort) {
        this.port = port;
        this.targetPort = targetPort;
    }

    /** A forwarder to {@code targetPort} of 127.0.0.1 on a free port, switched off. */
    public static SwitchableForwarder to(int targetPort) {
        return new SwitchableForwarder(FreePorts.next(), targetPort);
    }

    public int port() {
        return port;
    }

    public synchronized boolean isOn() {
        return listener != null;
    }

    /** Accepts and forwards connections from now on. */
    public synchronized void switchOn() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
        ServerSocket accepting = listener;
        Thread.ofPlatform().daemon().name("forwarder-" + port).start(() -> accept(accepting));
    }

    /** Refuses connections from now on and cuts every open one. */
    public synchronized void switchOff() {
        if (listener == null) {
            return;
        }
        closeQuietly(listener);
        listener = null;
        open.forEach(SwitchableForwarder::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        switchOff();
    }

    private void accept(ServerSocket accepting) {
        while (!accepting.isClosed()) {
            Socket client;
            try {
                client = accepting.accept();
            } catch (IOException closed) {
                return;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException unreachable) {
                closeQuietly(client);
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("forwarder-" + port + "-pipe").start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException cut) {
                // switched off, or one side hung up: both sides are closed below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
