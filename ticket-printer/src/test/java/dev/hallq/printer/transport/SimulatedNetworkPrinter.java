package dev.hallq.printer.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A network ticket printer on a loopback port (raw printing, like port 9100): takes one connection at
 * a time, reads it to its end, answers status requests on it, and can stall, reading and answering
 * nothing while connections wait in the backlog.
 */
public final class SimulatedNetworkPrinter extends SimulatedEscPosPrinter {
    private final ServerSocket server;
    private final Thread reader;
    private volatile boolean running = true;
    private volatile OutputStream replies;

    private SimulatedNetworkPrinter() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        reader = new Thread(this::run, "simulated network printer " + server.getLocalPort());
        reader.setDaemon(true);
    }

    /** A printer listening on a free loopback port, ready and with paper. */
    public static SimulatedNetworkPrinter start() {
        try {
            SimulatedNetworkPrinter printer = new SimulatedNetworkPrinter();
            printer.reader.start();
            return printer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() {
        running = false;
        setStalled(false);
        try {
            server.close();
            reader.join(2_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected void answer(byte b) {
        try {
            replies.write(b);
            replies.flush();
        } catch (IOException e) {
            // the agent gave up on this request and closed the connection: nobody to answer
        }
    }

    private void run() {
        byte[] buffer = new byte[4096];
        while (running && awaitNotStalled(() -> running)) {
            try (Socket connection = server.accept(); InputStream in = connection.getInputStream()) {
                replies = connection.getOutputStream();
                int n;
                while (awaitNotStalled(() -> running) && (n = in.read(buffer)) >= 0) {
                    if (!awaitNotStalled(() -> running)) {
                        return;
                    }
                    take(buffer, n);
                }
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }
}
