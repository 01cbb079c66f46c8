package dev.hallq.kiosk.idcard;

import dev.hallq.kiosk.CitizenCard;
import dev.hallq.kiosk.IdCardReader;
import dev.hallq.kiosk.ReaderState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The real resident ID-card reader: GA/T 467 to the reader's security module (SAM) over serial. One daemon thread
 * opens the port, resets the module and asks its status, then looks for a card every poll interval: find → select
 * → read. A card is read once per insertion: the module finds a card only when it has newly entered the field,
 * and while one we read is there, a select succeeds; once it fails, the card is gone. (Should a module find the
 * card it just read again, the driver reads it again but does not announce the same card twice.) Faults become a
 * {@link ReaderState}: no answer to status → NO_SAM, self-test failed → SAM_FAULT, port gone → DISCONNECTED (and
 * the thread keeps trying to open it again). Nothing that fails a check reaches a listener.
 */
public final class GaT467IdCardReader implements IdCardReader {
    private static final Logger LOG = LoggerFactory.getLogger(GaT467IdCardReader.class);

    private final GaT467Settings settings;
    private final SerialLink.Opener opener;
    private final List<Consumer<CitizenCard>> cardListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<CardRead>> readListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> unreadableListeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile ReaderState state = ReaderState.DISCONNECTED;
    private volatile CitizenCard present;
    private SerialLink link;
    private SamChannel channel;
    private int lastOddFind = -1;

    private GaT467IdCardReader(GaT467Settings settings, SerialLink.Opener opener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.thread = new Thread(this::run, "idcard-reader " + settings.port());
        thread.setDaemon(true);
    }

    /** Starts reading from the serial port named in {@code settings}; returns at once. */
    public static GaT467IdCardReader start(GaT467Settings settings) {
        return start(settings, JSerialCommLink.opener(settings.port(), settings.baudRate()));
    }

    /** Starts reading over the lines {@code opener} opens; returns at once. */
    public static GaT467IdCardReader start(GaT467Settings settings, SerialLink.Opener opener) {
        GaT467IdCardReader reader = new GaT467IdCardReader(settings, opener);
        reader.thread.start();
        return reader;
    }

    @Override
    public ReaderState state() {
        return state;
    }

    @Override
    public Optional<CitizenCard> presentCard() {
        return Optional.ofNullable(present);
    }

    @Override
    public void onCard(Consumer<CitizenCard> listener) {
        cardListeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void onUnreadable(Consumer<String> listener) {
        unreadableListeners.add(Objects.requireNonNull(listener));
    }

    /** Hears every read with its full text and the opaque photo; on the reader's thread, keep it short. */
    public void onRead(Consumer<CardRead> listener) {
        readListeners.add(Objects.requireNonNull(listener));
    }

    /** Stops the thread and closes the port; returns within half a second whatever the module does. */
    @Override
    public void close() {
        running = false;
        stop.countDown();
        cardListeners.clear();
        readListeners.clear();
        unreadableListeners.clear();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        present = null;
    }

    private void run() {
        LOG.info("ID-card reader on {}", opener.describe());
        while (running) {
            try {
                if (link == null && !open()) {
                    pause(settings.reopenInterval());
                } else if (state != ReaderState.OK && !probe()) {
                    pause(settings.reopenInterval());
                } else {
                    poll();
                    pause(settings.pollInterval());
                }
            } catch (IOException e) {
                lost(e);
            } catch (RuntimeException e) {
                LOG.warn("ID-card reader stumbled; it starts again with the port", e);
                lost(new IOException(e));
            }
        }
        closeLink();
        LOG.info("ID-card reader on {} stopped", opener.describe());
    }

    private boolean open() throws IOException {
        try {
            link = opener.open();
        } catch (IOException e) {
            LOG.debug("ID-card reader port not there: {}", e.getMessage());
            setState(ReaderState.DISCONNECTED, e.getMessage());
            return false;
        }
        channel = new SamChannel(link, settings.retries(), () -> running);
        // a reset answers 90 on most modules, nothing on some: either way the status below decides
        channel.exchange(SamCommand.RESET_SAM, settings.commandTimeout(), 0);
        return true;
    }

    /** Asks the module's status; true when it is OK. */
    private boolean probe() throws IOException {
        Optional<SamReply> reply = channel.exchange(SamCommand.SAM_STATUS, settings.commandTimeout());
        if (!running) {
            return false;
        }
        if (reply.isEmpty()) {
            setState(ReaderState.NO_SAM, "no answer to SAM status: " + channel.lastFailure());
            return false;
        }
        SamStatus status = reply.get().status();
        if (status == SamStatus.OK) {
            setState(ReaderState.OK, "SAM status OK");
            return true;
        }
        setState(ReaderState.SAM_FAULT, reply.get().describeStatus());
        return false;
    }

    private void poll() throws IOException {
        Optional<SamReply> found = channel.exchange(SamCommand.FIND_CARD, settings.commandTimeout());
        if (found.isEmpty()) {
            silent("find");
            return;
        }
        switch (found.get().status()) {
            case CARD_FOUND -> readNewCard();
            case FIND_FAILED -> checkStillPresent();
            case SELF_TEST_FAILED -> setState(ReaderState.SAM_FAULT, found.get().describeStatus());
            default -> {
                // said once, not every poll: a module stuck on an odd answer would flood the log
                if (found.get().statusByte() != lastOddFind) {
                    lastOddFind = found.get().statusByte();
                    LOG.warn("ID-card reader: find answered {}", found.get().describeStatus());
                }
                return;
            }
        }
        lastOddFind = -1;
    }

    private void checkStillPresent() throws IOException {
        if (present == null) {
            return;
        }
        Optional<SamReply> selected = channel.exchange(SamCommand.SELECT_CARD, settings.commandTimeout());
        if (selected.isEmpty()) {
            silent("select");
        } else if (selected.get().status() != SamStatus.OK) {
            LOG.info("ID-card {} taken off the reader", present);
            present = null;
        }
    }

    private void readNewCard() throws IOException {
        CitizenCard before = present;
        present = null;
        Optional<SamReply> selected = channel.exchange(SamCommand.SELECT_CARD, settings.commandTimeout());
        if (selected.isEmpty()) {
            silent("select");
            return;
        }
        if (selected.get().status() != SamStatus.OK) {
            LOG.info("ID-card reader: select answered {}", selected.get().describeStatus());
            return;
        }
        SamCommand read = settings.readFingerprint() ? SamCommand.READ_WITH_FINGERPRINT
                : SamCommand.READ_TEXT_AND_PHOTO;
        Optional<SamReply> reply = channel.exchange(read, settings.readTimeout());
        if (reply.isEmpty()) {
            LOG.warn("ID-card reader: no good answer to read ({}); the card is not taken", channel.lastFailure());
            tell(unreadableListeners, "NO_ANSWER");
            return;
        }
        if (reply.get().status() != SamStatus.OK) {
            LOG.info("ID-card not read: {}", reply.get().describeStatus());
            tell(unreadableListeners, reply.get().status().name());
            return;
        }
        CardRead card;
        try {
            card = CardRead.parse(reply.get().data(), settings.readFingerprint());
        } catch (CardTextException e) {
            LOG.warn("ID-card read refused: {}", e.getMessage());
            tell(unreadableListeners, "BAD_CARD_TEXT");
            return;
        }
        CitizenCard citizen = card.text().toCitizenCard();
        present = citizen;
        if (citizen.equals(before)) {
            // some modules find a card again that was read and never left: it is still the same insertion
            LOG.debug("ID-card {} still on the reader", citizen);
            return;
        }
        LOG.info("ID-card read: {}", card);
        tell(readListeners, card);
        tell(cardListeners, citizen);
    }

    private <T> void tell(List<Consumer<T>> listeners, T value) {
        for (Consumer<T> listener : listeners) {
            try {
                listener.accept(value);
            } catch (RuntimeException e) {
                LOG.warn("an ID-card listener failed on {}", value, e);
            }
        }
    }

    /** The module stopped answering in the middle of its work: is it still there? */
    private void silent(String command) throws IOException {
        if (!running) {
            return;
        }
        LOG.warn("ID-card reader: no good answer to {} ({}); asking the module's status", command,
                channel.lastFailure());
        present = null;
        probe();
    }

    private void lost(IOException e) {
        closeLink();
        present = null;
        if (running) {
            setState(ReaderState.DISCONNECTED, e.getMessage());
            pause(settings.reopenInterval());
        }
    }

    private void closeLink() {
        if (link != null) {
            link.close();
            link = null;
            channel = null;
        }
    }

    private void setState(ReaderState next, String detail) {
        ReaderState before = state;
        if (before != next) {
            state = next;
            if (next == ReaderState.OK) {
                LOG.info("ID-card reader {} -> {} ({})", before, next, detail);
            } else {
                LOG.warn("ID-card reader {} -> {}: {} ({})", before, next, next.reason(), detail);
            }
        }
    }

    private void pause(Duration duration) {
        try {
            stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
