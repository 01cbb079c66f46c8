package dev.hallq.kiosk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A reader driven by hand: a test or the virtual hall lays a card on it ({@link #insert}), takes it off
 * ({@link #remove}) or breaks it ({@link #fail}). Listeners run on the caller's thread.
 */
public final class SimulatedIdCardReader implements IdCardReader {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedIdCardReader.class);

    private final List<Consumer<CitizenCard>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> unreadable = new CopyOnWriteArrayList<>();
    private volatile ReaderState state = ReaderState.OK;
    private volatile CitizenCard present;

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
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Lays a card on the reader; it is read and every listener hears it, unless the reader is not OK. */
    public void insert(CitizenCard card) {
        Objects.requireNonNull(card, "card");
        if (state != ReaderState.OK) {
            LOG.info("simulated ID-card reader is {}, card {} not read", state, card);
            return;
        }
        present = card;
        for (Consumer<CitizenCard> listener : listeners) {
            try {
                listener.accept(card);
            } catch (RuntimeException e) {
                LOG.warn("an ID-card listener failed on {}", card, e);
            }
        }
    }

    @Override
    public void onUnreadable(Consumer<String> listener) {
        unreadable.add(Objects.requireNonNull(listener));
    }

    /** A card laid on the reader and pulled away before it was read (or a damaged one): not read. */
    public void insertUnreadable(String reason) {
        present = null;
        unreadable.forEach(l -> l.accept(reason));
    }

    /** Takes the card off the reader. */
    public void remove() {
        present = null;
    }

    /** Puts the reader into {@code newState}; {@code fail(ReaderState.OK)} repairs it. A fault drops the card. */
    public void fail(ReaderState newState) {
        state = Objects.requireNonNull(newState, "state");
        if (newState != ReaderState.OK) {
            present = null;
        }
    }

    @Override
    public void close() {
        listeners.clear();
        unreadable.clear();
        present = null;
    }
}
