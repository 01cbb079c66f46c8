package dev.hallq.printer.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raw TCP printing ("JetDirect" / AppSocket, port 9100): one connection per job, the bytes
 * written as they are, then the connection is closed. Jobs are sent one at a time.
 *
 * <p>Java sockets have no write timeout, so a watchdog closes the socket when a write is still
 * blocked after the write timeout (a printer that stopped reading), which fails the job with TIMEOUT.
 */
public final class TcpTransport implements PrinterTransport {
    public static final int DEFAULT_PORT = 9100;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(TcpTransport.class);

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration writeTimeout;
    private final ScheduledExecutorService watchdog;
    private volatile boolean closed;

    public TcpTransport(String host, int port) {
        this(host, port, DEFAULT_CONNECT_TIMEOUT, DEFAULT_WRITE_TIMEOUT);
    }

    public TcpTransport(String host, int port, Duration connectTimeout, Duration writeTimeout) {
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535 but was " + port);
        }
        this.port = port;
        this.connectTimeout = positive("connectTimeout", connectTimeout);
        this.writeTimeout = positive("writeTimeout", writeTimeout);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "printer-watchdog " + host + ":" + port);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized void send(byte[] job) throws PrinterFault {
        Objects.requireNonNull(job, "job");
        try (Socket socket = connect()) {
            write(socket, job);
            socket.shutdownOutput();
            discardAvailable(socket.getInputStream());
            log.debug("{} bytes sent to {}", job.length, describe());
        } catch (IOException e) {
            throw new PrinterFault(PrinterFault.Reason.IO_ERROR, "sending to " + describe() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Sends a status request on a fresh connection and reads exactly {@code answerBytes} bytes. */
    @Override
    public synchronized byte[] query(byte[] request, int answerBytes, Duration timeout) throws PrinterFault {
        Objects.requireNonNull(request, "request");
        positive("timeout", timeout);
        if (answerBytes < 1) {
            throw new IllegalArgumentException("answerBytes must be >= 1 but was " + answerBytes);
        }
        try (Socket socket = connect()) {
            write(socket, request);
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            byte[] answer = socket.getInputStream().readNBytes(answerBytes);
            if (answer.length < answerBytes) {
                throw new PrinterFault(PrinterFault.Reason.IO_ERROR, describe() + " closed the connection after "
                        + answer.length + " of " + answerBytes + " answer bytes");
            }
            return answer;
        } catch (SocketTimeoutException e) {
            throw new PrinterFault(PrinterFault.Reason.TIMEOUT, describe() + " did not answer within "
                    + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new PrinterFault(PrinterFault.Reason.IO_ERROR, "querying " + describe() + " failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean supportsQuery() {
        return true;
    }

    @Override
    public String describe() {
        return "tcp://" + host + ":" + port;
    }

    @Override
    public void close() {
        closed = true;
        watchdog.shutdownNow();
    }

    private Socket connect() throws PrinterFault {
        if (closed) {
            throw new PrinterFault(PrinterFault.Reason.OFFLINE, describe() + " transport is closed");
        }
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            return socket;
        } catch (ConnectException | NoRouteToHostException e) {
            closeQuietly(socket);
            throw new PrinterFault(PrinterFault.Reason.OFFLINE, describe() + " refused or unreachable: "
                    + e.getMessage(), e);
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new PrinterFault(PrinterFault.Reason.TIMEOUT, "no connection to " + describe() + " within "
                    + connectTimeout.toMillis() + " ms", e);
        } catch (UnknownHostException e) {
            closeQuietly(socket);
            throw new PrinterFault(PrinterFault.Reason.IO_ERROR, "unknown printer host " + host, e);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new PrinterFault(PrinterFault.Reason.IO_ERROR, "connecting to " + describe() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private void write(Socket socket, byte[] bytes) throws PrinterFault, IOException {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> timer = watchdog.schedule(() -> {
            expired.set(true);
            closeQuietly(socket);
        }, writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            if (expired.get()) {
                throw new PrinterFault(PrinterFault.Reason.TIMEOUT, describe() + " took no data for "
                        + writeTimeout.toMillis() + " ms", e);
            }
            throw e;
        } finally {
            timer.cancel(false);
        }
    }

    private static void discardAvailable(InputStream in) throws IOException {
        int available = in.available();
        if (available > 0) {
            in.skipNBytes(available);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            log.trace("closing socket failed", e);
        }
    }

    private static Duration positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive but was " + d);
        }
        return d;
    }
}
