package dev.hallq.agent.cards;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands between a PC/SC client and the real pcscd's socket, so a test can make pcscd go away and come
 * back for one process without touching the daemon the rest of the machine uses. A client started with
 * {@code PCSCLITE_CSOCK_NAME=<socket()>} reaches pcscd through it; {@link #down()} closes every
 * connection and the socket, which is what a client sees when pcscd stops, and {@link #up()} lets new
 * connections through again, as a restarted pcscd would.
 */
final class PcscdSocketSwitch implements AutoCloseable {
    private final Path real;
    private final Path socket;
    private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();
    private ServerSocketChannel server;

    PcscdSocketSwitch(Path real) throws IOException {
        this.real = real;
        this.socket = Files.createTempDirectory("hallq-pcscd-switch").resolve("pcscd.comm");
    }

    Path socket() {
        return socket;
    }

    synchronized PcscdSocketSwitch up() throws IOException {
        if (server == null) {
            Files.deleteIfExists(socket);
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            ServerSocketChannel listening = server;
            daemon(() -> accept(listening), "pcscd-switch-accept");
        }
        return this;
    }

    synchronized void down() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        Files.deleteIfExists(socket);
        for (SocketChannel channel : open) {
            channel.close();
        }
        open.clear();
    }

    @Override
    public void close() throws IOException {
        down();
        Files.deleteIfExists(socket.getParent());
    }

    private void accept(ServerSocketChannel listening) {
        while (listening.isOpen()) {
            try {
                SocketChannel client = listening.accept();
                SocketChannel pcscd = SocketChannel.open(UnixDomainSocketAddress.of(real));
                open.add(client);
                open.add(pcscd);
                daemon(() -> pump(client, pcscd), "pcscd-switch-up");
                daemon(() -> pump(pcscd, client), "pcscd-switch-down");
            } catch (IOException e) {
                return; // switched down
            }
        }
    }

    private void pump(SocketChannel from, SocketChannel to) {
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
        } catch (IOException e) {
            // one side went away
        } finally {
            quietlyClose(from);
            quietlyClose(to);
        }
    }

    private void quietlyClose(SocketChannel channel) {
        open.remove(channel);
        try {
            channel.close();
        } catch (IOException e) {
            // closed either way
        }
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
