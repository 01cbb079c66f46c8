package dev.hallq.agent.testing;

import org.awaitility.core.ConditionTimeoutException;

import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/**
 * A smart card the test holds in its hand, inserted into one of pcscd's virtual readers (vpcd, see
 * {@link TestPcscd}). It speaks vpcd's framing over TCP: a 2-byte big-endian length, then the payload. A
 * 1-byte payload is a control code (0 power off, 1 power on, 2 reset, 4 ATR, which is answered with the
 * ATR); a longer one is a command APDU, answered with response data + SW1 SW2 by the card's {@link Applet}.
 * Connecting is inserting the card, disconnecting is pulling it out: pcscd sees both within its polling
 * interval (about 0.4 s).
 *
 * <p>Misbehaviours are programmed per command, by hex prefix: {@link #answering} replaces the answer (a
 * wrong status word, garbage), {@link #pulledOutOn} pulls the card out while that command is pending.
 */
public final class VirtualCard implements AutoCloseable {
    /** A T=1 contact CPU card such as a social security card. */
    public static final String CONTACT_ATR = "3B80800101";
    /** What a PC/SC contactless reader makes up for a MIFARE Classic 1K (PC/SC part 3). */
    public static final String CONTACTLESS_ATR = "3B8F8001804F0CA000000306030001000000006A";

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final Duration SEATING = Duration.ofSeconds(10);

    /** What the card does with one command APDU: answer with response data + SW1 SW2. */
    @FunctionalInterface
    public interface Applet {
        byte[] answer(byte[] command);
    }

    private final byte[] atr;
    private final Applet applet;
    private final Map<String, byte[]> replacedAnswers = new ConcurrentHashMap<>();
    private final List<String> pullOutPrefixes = new CopyOnWriteArrayList<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final AtomicReference<Socket> socket = new AtomicReference<>();
    private volatile CountDownLatch seated = new CountDownLatch(1);
    private volatile Thread serving;
    private volatile int port;

    private VirtualCard(String atrHex, Applet applet) {
        this.atr = HEX.parseHex(atrHex);
        this.applet = Objects.requireNonNull(applet, "applet");
    }

    /** A contact card running {@code applet}. */
    public static VirtualCard contact(Applet applet) {
        return new VirtualCard(CONTACT_ATR, applet);
    }

    /** A social security card (社保卡) with the files {@code applet} holds. */
    public static VirtualCard socialSecurityCard(SocialSecurityApplet applet) {
        return contact(applet);
    }

    /**
     * A contactless card as a PC/SC reader shows it: GET DATA {@code FF CA 00 00 00} answers the UID, other
     * commands {@code 6A 81} (function not supported), as readers answer for a MIFARE Classic.
     */
    public static VirtualCard contactless(String uidHex) {
        byte[] uid = HEX.parseHex(uidHex);
        return new VirtualCard(CONTACTLESS_ATR, command -> {
            if (command.length >= 4 && (command[0] & 0xFF) == 0xFF && (command[1] & 0xFF) == 0xCA && command[2] == 0) {
                return concat(uid, new byte[]{(byte) 0x90, 0x00});
            }
            return new byte[]{0x6A, (byte) 0x81};
        });
    }

    /** A card whose every answer is {@code answerHex}: say {@code 6A82} for a card that knows no file. */
    public static VirtualCard alwaysAnswering(String answerHex) {
        byte[] answer = HEX.parseHex(answerHex);
        return contact(command -> answer.clone());
    }

    /** Commands starting with {@code commandPrefixHex} get {@code answerHex} instead of the applet's answer. */
    public VirtualCard answering(String commandPrefixHex, String answerHex) {
        replacedAnswers.put(normal(commandPrefixHex), HEX.parseHex(answerHex));
        return this;
    }

    /** The card leaves the reader the moment a command starting with {@code commandPrefixHex} arrives. */
    public VirtualCard pulledOutOn(String commandPrefixHex) {
        pullOutPrefixes.add(normal(commandPrefixHex));
        return this;
    }

    /** Lays the card on {@link TestPcscd#FIRST_READER}. */
    public VirtualCard insert() {
        return insertInto(TestPcscd.FIRST_PORT);
    }

    /**
     * Lays the card on the reader behind vpcd's {@code port}; returns once pcscd has talked to it, so the card
     * is seated. Fails when nothing listens there or another card holds the reader.
     */
    public VirtualCard insertInto(int port) {
        Socket s = new Socket();
        if (!socket.compareAndSet(null, s)) {
            throw new IllegalStateException("the card is already inserted");
        }
        try {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        } catch (IOException e) {
            socket.set(null);
            throw new IllegalStateException("nothing takes cards on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "): is pcscd running with vsmartcard-vpcd's reader?", e);
        }
        this.port = port;
        seated = new CountDownLatch(1);
        serving = new Thread(() -> serve(s), "virtual-card-" + port);
        serving.setDaemon(true);
        serving.start();
        try {
            await().atMost(SEATING).until(() -> seated.getCount() == 0 || socket.get() != s);
        } catch (ConditionTimeoutException e) {
            remove();
            throw new IllegalStateException("pcscd never talked to the card on port " + port
                    + ": does another card hold that reader?", e);
        }
        return this;
    }

    /**
     * Pulls the card off the reader, as a hand would, and returns once pcscd shows the reader empty: vpcd
     * only notices at its next poll, and a test that inserts the next card sooner would meet this one's ghost.
     */
    public void remove() {
        Socket s = socket.getAndSet(null);
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // it is out either way
            }
        }
        Thread t = serving;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            awaitReaderEmpty();
        }
    }

    /** Whether the card lies on a reader. */
    public boolean inserted() {
        return socket.get() != null;
    }

    /** Every command APDU the card received, in upper-case hex. */
    public List<String> commands() {
        return new ArrayList<>(commands);
    }

    @Override
    public void close() {
        remove();
    }

    private void awaitReaderEmpty() {
        String reader = port == TestPcscd.SECOND_PORT ? TestPcscd.SECOND_READER : TestPcscd.FIRST_READER;
        try {
            CardTerminal terminal = TerminalFactory.getInstance("PC/SC", null).terminals().getTerminal(reader);
            if (terminal != null) {
                terminal.waitForCardAbsent(SEATING.toMillis());
            }
        } catch (NoSuchAlgorithmException | CardException | RuntimeException e) {
            // no pcscd to ask: nothing can meet the ghost either
        }
    }

    private void serve(Socket s) {
        try (DataInputStream in = new DataInputStream(s.getInputStream());
             DataOutputStream out = new DataOutputStream(s.getOutputStream())) {
            while (true) {
                byte[] message = new byte[in.readUnsignedShort()];
                in.readFully(message);
                seated.countDown();
                if (message.length == 1) {
                    if (message[0] == 4) {
                        send(out, atr);
                    }
                    continue;
                }
                String command = HEX.formatHex(message);
                commands.add(command);
                if (pullOutPrefixes.stream().anyMatch(command::startsWith)) {
                    return; // closing the socket leaves the command unanswered
                }
                send(out, answerTo(command, message));
            }
        } catch (EOFException e) {
            // vpcd closed the connection: pcscd stopped
        } catch (IOException e) {
            // removed by the test, or pcscd went away
        } finally {
            socket.compareAndSet(s, null);
            try {
                s.close();
            } catch (IOException e) {
                // already out
            }
        }
    }

    private byte[] answerTo(String command, byte[] message) {
        for (Map.Entry<String, byte[]> replaced : replacedAnswers.entrySet()) {
            if (command.startsWith(replaced.getKey())) {
                return replaced.getValue().clone();
            }
        }
        return applet.answer(message);
    }

    private static void send(DataOutputStream out, byte[] payload) throws IOException {
        out.writeShort(payload.length);
        out.write(payload);
        out.flush();
    }

    private static String normal(String hex) {
        return hex.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
