package dev.hallq.agent.cards;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Watches one PC/SC reader on its own thread: finds it by name, waits for a card with short
 * {@code waitForCardPresent/Absent} timeouts, reads each card once per insertion with a
 * {@link CardReading}, and tells listeners. It keeps going through everything a hall throws at it: no
 * pcscd yet, pcscd restarting, the reader unplugged and plugged back, cards pulled out mid-read. Each of
 * those is a {@link ReaderStatus}, never an exception to the caller, and nothing here blocks the caller.
 *
 * <p>Listeners run on the watcher's thread: keep them short. Register them before {@link #start()} to
 * hear a card that already lies on the reader.
 *
 * @param <T> what a card yields
 */
public final class CardReaderWatch<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CardReaderWatch.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final String purpose;
    private final PcscSettings settings;
    private final PcscService pcsc;
    private final CardReading<T> reading;
    private final List<Consumer<CardOutcome<T>>> cardListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> removalListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ReaderStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicReference<T> present = new AtomicReference<>();
    private final Thread thread;
    private volatile ReaderStatus status = ReaderStatus.STARTING;
    private volatile String detail = ReaderStatus.STARTING.reason();
    private volatile String reader;

    // the watcher thread's own
    private CardTerminals terminals;
    private boolean cardIn;
    private String lastTrouble = "";

    /**
     * @param purpose what the reader is for, in log lines: "social security card", "staff card"
     */
    public CardReaderWatch(String purpose, PcscSettings settings, PcscService pcsc, CardReading<T> reading) {
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pcsc = Objects.requireNonNull(pcsc, "pcsc");
        this.reading = Objects.requireNonNull(reading, "reading");
        thread = new Thread(this::run, "pcsc-" + purpose.replace(' ', '-') + "-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
    }

    /** Starts watching and returns at once. */
    public CardReaderWatch<T> start() {
        thread.start();
        return this;
    }

    /** Cheap: how the reader is doing now. */
    public ReaderStatus status() {
        return status;
    }

    /** The status in a technician's words: which reader, which PC/SC error, which readers were seen. */
    public String statusDetail() {
        return detail;
    }

    /** The name of the reader in use, once one was found. */
    public Optional<String> reader() {
        return Optional.ofNullable(reader);
    }

    /** What was read from the card lying on the reader now; empty when none, or when it gave nothing. */
    public Optional<T> presentCard() {
        return Optional.ofNullable(present.get());
    }

    /** Hears each card laid on the reader, once, read or failed. */
    public CardReaderWatch<T> onCard(Consumer<CardOutcome<T>> listener) {
        cardListeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Hears a card leave the reader, with the reader's name; also when the reader or pcscd goes away under it. */
    public CardReaderWatch<T> onRemoved(Consumer<String> listener) {
        removalListeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Hears every change of {@link #status()}. */
    public CardReaderWatch<T> onStatus(Consumer<ReaderStatus> listener) {
        statusListeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Stops watching; returns within about {@code pollEvery} plus a second, even if pcscd hangs. */
    @Override
    public void close() {
        closing.countDown();
        if (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join(settings.pollEvery().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("{}: the watcher thread is stuck in a PC/SC call; left behind as a daemon", purpose);
            }
        }
        present.set(null);
        setStatus(ReaderStatus.CLOSED, ReaderStatus.CLOSED.reason());
    }

    private void run() {
        LOG.info("{}: watching {}", purpose, settings.describe());
        while (!closed()) {
            try {
                Optional<CardTerminal> found = findReader();
                if (found.isEmpty()) {
                    pause();
                } else if (found.get().waitForCardPresent(settings.pollEvery().toMillis())) {
                    handleInsertion(found.get());
                }
            } catch (CardException | RuntimeException e) {
                lostTrack(e);
            }
        }
        present.set(null);
    }

    private Optional<CardTerminal> findReader() throws CardException {
        List<CardTerminal> list;
        try {
            if (terminals == null) {
                terminals = pcsc.terminals();
            }
            list = terminals.list();
        } catch (CardException e) {
            if (PcscErrors.noReaders(e)) {
                list = List.of();
            } else if (terminals == null) {
                setStatus(ReaderStatus.NO_PCSC_SERVICE, PcscErrors.describe(e));
                return Optional.empty();
            } else {
                throw e;
            }
        }
        List<String> names = list.stream().map(CardTerminal::getName).toList();
        Optional<String> name = settings.pick(names);
        if (name.isEmpty()) {
            if (reader == null) {
                setStatus(ReaderStatus.NO_READER, "no " + settings.describe() + "; pcscd lists " + names);
            } else {
                setStatus(ReaderStatus.READER_UNPLUGGED, "'" + reader + "' is gone; pcscd lists " + names);
            }
            return Optional.empty();
        }
        reader = name.get();
        setStatus(ReaderStatus.OK, "reading cards on '" + reader + "'");
        return list.stream().filter(t -> t.getName().equals(name.get())).findFirst();
    }

    private void handleInsertion(CardTerminal terminal) throws CardException {
        cardIn = true;
        CardOutcome<T> outcome = CardSession.read(terminal, reading, purpose);
        outcome.value().ifPresent(present::set);
        if (outcome instanceof CardOutcome.Failed<T> failed) {
            LOG.info("{}: card on '{}' not read, {}: {}", purpose, failed.reader(), failed.reason(), failed.detail());
        } else {
            LOG.info("{}: read {} on '{}'", purpose, outcome.value().orElseThrow(), outcome.reader());
        }
        tell(cardListeners, outcome);
        while (!closed()) {
            if (terminal.waitForCardAbsent(settings.pollEvery().toMillis())) {
                cardLeft();
                return;
            }
        }
    }

    private void cardLeft() {
        if (!cardIn) {
            return;
        }
        cardIn = false;
        present.set(null);
        String from = reader;
        tell(removalListeners, from);
    }

    /** Whatever went wrong, the card on the reader is no longer known: forget it, then find out where we are. */
    private void lostTrack(Exception e) {
        cardLeft();
        if (PcscErrors.serviceLost(e)) {
            terminals = null;
            if (pcsc.reconnect()) {
                setStatus(ReaderStatus.NO_PCSC_SERVICE, "pcscd went away: " + PcscErrors.describe(e));
            } else {
                setStatus(ReaderStatus.PCSC_SERVICE_LOST, PcscErrors.describe(e));
            }
        } else if (PcscErrors.readerGone(e)) {
            LOG.debug("{}: reader '{}' went away: {}", purpose, reader, PcscErrors.describe(e));
        } else {
            String trouble = PcscErrors.describe(e);
            if (!trouble.equals(lastTrouble)) { // once, not every retry
                LOG.warn("{}: unexpected PC/SC trouble on '{}', starting afresh: {}", purpose, reader, trouble);
            }
            lastTrouble = trouble;
            terminals = null;
        }
        pause();
    }

    private synchronized void setStatus(ReaderStatus now, String why) {
        if (closed() && now != ReaderStatus.CLOSED) {
            return;
        }
        detail = why;
        ReaderStatus before = status;
        if (before == now) {
            return;
        }
        status = now;
        if (now.fault()) {
            LOG.warn("{}: reader {} -> {}: {} ({})", purpose, before, now, now.reason(), why);
        } else {
            LOG.info("{}: reader {} -> {}: {}", purpose, before, now, why);
        }
        tell(statusListeners, now);
    }

    private <E> void tell(List<Consumer<E>> listeners, E event) {
        for (Consumer<E> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("{}: a listener failed on {}", purpose, event, e);
            }
        }
    }

    private void pause() {
        try {
            closing.await(settings.retryEvery().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing.countDown();
        }
    }

    private boolean closed() {
        return closing.getCount() == 0;
    }
}
