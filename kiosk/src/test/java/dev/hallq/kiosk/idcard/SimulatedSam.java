package dev.hallq.kiosk.idcard;

import dev.hallq.agent.testing.SocatPair;

import com.fazecast.jSerialComm.SerialPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ID-card security module on the device end of a {@link SocatPair}, speaking real GA/T 467 frames. Like a
 * real module, it finds a card only once per insertion: once read, the card stays selectable (and readable) but
 * is not found again until it is taken off and laid down anew. Misbehaves on demand: {@link #misbehave} spoils the next
 * replies to one command, {@link #silent} plays a reader without a module, {@link #selfTestFailed} a broken one.
 */
final class SimulatedSam implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedSam.class);

    /** Ways to spoil a reply. */
    enum Fault {
        /** The checksum byte is wrong. */
        WRONG_CHECKSUM,
        /** Only the first half of the frame is sent. */
        SHORT_FRAME,
        /** Noise, including a half preamble, comes before the good frame. */
        GARBAGE_FIRST,
        /** The status byte is 0x5A, which GA/T 467 does not define. */
        UNKNOWN_STATUS,
        /** For a read: the card is lifted off while it is read, the module answers 41. */
        CARD_REMOVED_DURING_READ,
        /** The module says our command arrived with a wrong checksum (10). */
        MODULE_SAYS_CHECKSUM_ERROR
    }

    /** The fingerprint data a {@code 30 10} read returns. */
    static final byte[] FINGERPRINT = {0x43, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07};

    private record Misbehaviour(SamCommand command, Fault fault) {
    }

    private final SerialPort port;
    private final Thread thread;
    private final Deque<Misbehaviour> faults = new ArrayDeque<>();
    private final Map<String, Integer> received = new HashMap<>();
    private final List<SamCommand> history = new ArrayList<>();
    private volatile boolean running = true;
    private byte[] card;
    private boolean fresh;
    private boolean silent;
    private boolean selfTestFailed;
    private boolean findsReadCards;

    private SimulatedSam(SerialPort port) {
        this.port = port;
        this.thread = new Thread(this::serve, "simulated-sam");
        thread.setDaemon(true);
    }

    /** Opens the device end at 115200 baud and starts answering. */
    static SimulatedSam attach(Path deviceEnd) {
        SerialPort port = SerialPort.getCommPort(deviceEnd.toString());
        port.setComPortParameters(GaT467Settings.DEFAULT_BAUD, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 50, 0);
        if (!port.openPort()) {
            throw new IllegalStateException("cannot open " + deviceEnd + ": error " + port.getLastErrorCode());
        }
        SimulatedSam sam = new SimulatedSam(port);
        sam.thread.start();
        return sam;
    }

    /** Lays a card with this 256-byte text on the reader. */
    synchronized void insert(byte[] text) {
        card = text.clone();
        fresh = true;
    }

    /** Takes the card off. */
    synchronized void remove() {
        card = null;
        fresh = false;
    }

    /** A reader without a module: no answer to anything. */
    synchronized void silent(boolean on) {
        silent = on;
    }

    /** A module that failed its self-test: 60 to everything. */
    synchronized void selfTestFailed(boolean on) {
        selfTestFailed = on;
    }

    /** A module that keeps finding a card it has read, as long as it lies there. */
    synchronized void findsReadCards(boolean on) {
        findsReadCards = on;
    }

    /** Spoils the next {@code times} replies to {@code command}. */
    synchronized void misbehave(SamCommand command, Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(new Misbehaviour(command, fault));
        }
    }

    /** Behaves again. */
    synchronized void behave() {
        faults.clear();
    }

    /** How many frames of {@code command} arrived. */
    synchronized int received(SamCommand command) {
        return received.getOrDefault(key(command), 0);
    }

    /** Every command that arrived, in order. */
    synchronized List<SamCommand> history() {
        return List.copyOf(history);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        port.closePort();
    }

    private void serve() {
        SamFrameDecoder decoder = new SamFrameDecoder();
        byte[] buffer = new byte[512];
        while (running) {
            int n = port.readBytes(buffer, buffer.length);
            if (n < 0) {
                LOG.info("simulated SAM: port gone");
                return;
            }
            decoder.feed(buffer, 0, n);
            Optional<SamFrameDecoder.Result> result;
            while ((result = decoder.next()).isPresent()) {
                byte[] reply = result.get() instanceof SamFrameDecoder.Result.Body body
                        ? answer(SamCommand.fromBody(body.bytes()))
                        : SamReply.of(SamStatus.CHECKSUM_ERROR, new byte[0]).frame();
                if (reply.length > 0) {
                    port.writeBytes(reply, reply.length);
                }
            }
        }
    }

    private synchronized byte[] answer(SamCommand command) {
        if (command == null) {
            return SamReply.of(SamStatus.LENGTH_ERROR, new byte[0]).frame();
        }
        received.merge(key(command), 1, Integer::sum);
        history.add(command);
        if (silent) {
            return new byte[0];
        }
        Fault fault = nextFault(command);
        SamReply reply = selfTestFailed ? SamReply.of(SamStatus.SELF_TEST_FAILED, new byte[0]) : reply(command, fault);
        return spoil(reply.frame(), fault);
    }

    private SamReply reply(SamCommand command, Fault fault) {
        if (fault == Fault.MODULE_SAYS_CHECKSUM_ERROR) {
            return SamReply.of(SamStatus.CHECKSUM_ERROR, new byte[0]);
        }
        if (command.is(SamCommand.RESET_SAM) || command.is(SamCommand.SAM_STATUS)) {
            return SamReply.of(SamStatus.OK, new byte[0]);
        }
        if (command.is(SamCommand.FIND_CARD)) {
            return card != null && (fresh || findsReadCards) ? SamReply.of(SamStatus.CARD_FOUND, new byte[4])
                    : SamReply.of(SamStatus.FIND_FAILED, new byte[0]);
        }
        if (command.is(SamCommand.SELECT_CARD)) {
            return card != null ? SamReply.of(SamStatus.OK, new byte[8]) : SamReply.of(SamStatus.SELECT_FAILED, new byte[0]);
        }
        boolean withFingerprint = command.is(SamCommand.READ_WITH_FINGERPRINT);
        if (command.is(SamCommand.READ_TEXT_AND_PHOTO) || withFingerprint) {
            if (fault == Fault.CARD_REMOVED_DURING_READ) {
                remove();
            }
            if (card == null) {
                return SamReply.of(SamStatus.READ_FAILED, new byte[0]);
            }
            if (fault != Fault.UNKNOWN_STATUS) {
                // the module read the card, whatever then happens to the reply on the line: the card is not
                // found again until it is laid down anew
                fresh = false;
            }
            return SamReply.of(SamStatus.OK, withFingerprint ? TestCards.readDataWithFingerprint(card, FINGERPRINT)
                    : TestCards.readData(card));
        }
        return SamReply.of(SamStatus.BAD_COMMAND, new byte[0]);
    }

    private Fault nextFault(SamCommand command) {
        for (Misbehaviour m : faults) {
            if (m.command().is(command)) {
                faults.remove(m);
                return m.fault();
            }
        }
        return null;
    }

    private static byte[] spoil(byte[] frame, Fault fault) {
        if (fault == null) {
            return frame;
        }
        return switch (fault) {
            case WRONG_CHECKSUM -> {
                byte[] bad = frame.clone();
                bad[bad.length - 1] ^= 0x55;
                yield bad;
            }
            case SHORT_FRAME -> Arrays.copyOf(frame, frame.length / 2);
            case GARBAGE_FIRST -> SamFrameTest.concat(
                    new byte[]{0x00, (byte) 0xFF, (byte) 0xAA, (byte) 0xAA, 0x13, (byte) 0x96, 0x69, 0x42}, frame);
            case UNKNOWN_STATUS -> {
                byte[] body = Arrays.copyOfRange(frame, SamFrame.HEADER, frame.length - 1);
                body[2] = 0x5A;
                yield SamFrame.wrap(body);
            }
            case CARD_REMOVED_DURING_READ, MODULE_SAYS_CHECKSUM_ERROR -> frame;
        };
    }

    private static String key(SamCommand command) {
        return command.cmd() + "/" + command.para();
    }
}
