package dev.hallq.kiosk.pcsc;

import dev.hallq.agent.cards.CardFailure;
import dev.hallq.agent.cards.CardOutcome;
import dev.hallq.agent.cards.CardReaderWatch;
import dev.hallq.agent.cards.CardReaders;
import dev.hallq.agent.cards.PcscSettings;
import dev.hallq.agent.cards.ReaderStatus;
import dev.hallq.agent.cards.SocialSecurityCard;
import dev.hallq.kiosk.CitizenCard;
import dev.hallq.kiosk.IdCardReader;
import dev.hallq.kiosk.ReaderState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The kiosk's card reader played by a PC/SC reader that reads social security cards (社保卡): the second
 * way for a citizen to identify at the kiosk. Each card laid on the reader is read once; its holder becomes
 * a {@link CitizenCard} (name, social security number = citizen ID number, birth date) for as long as the
 * card lies there. A card that gives no identity (another kind of card, pulled out mid-read, bad data)
 * gives no citizen, and {@link #onUnreadable} says why, so the screen can ask to try again.
 */
public final class SocialSecurityCardReader implements IdCardReader {
    private static final Logger LOG = LoggerFactory.getLogger(SocialSecurityCardReader.class);

    private final CardReaderWatch<SocialSecurityCard> watch;
    private final List<Consumer<CitizenCard>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> unreadableListeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<CitizenCard> present = new AtomicReference<>();

    private SocialSecurityCardReader(CardReaderWatch<SocialSecurityCard> watch) {
        this.watch = watch;
        watch.onCard(this::heard).onRemoved(reader -> present.set(null));
    }

    /** Starts watching the PC/SC reader {@code settings} name, through the JDK; returns at once. */
    public static SocialSecurityCardReader start(PcscSettings settings) {
        return start(CardReaders.socialSecurityCards(settings));
    }

    /** Starts {@code watch}, not yet started, as the kiosk's card reader. */
    public static SocialSecurityCardReader start(CardReaderWatch<SocialSecurityCard> watch) {
        SocialSecurityCardReader reader = new SocialSecurityCardReader(Objects.requireNonNull(watch, "watch"));
        watch.start();
        return reader;
    }

    @Override
    public ReaderState state() {
        return stateOf(watch.status());
    }

    /** The PC/SC reader's own status, finer than {@link #state()}: no pcscd, reader unplugged, … */
    public ReaderStatus readerStatus() {
        return watch.status();
    }

    /** The status in a technician's words: which reader, which PC/SC error. */
    public String statusDetail() {
        return watch.statusDetail();
    }

    @Override
    public Optional<CitizenCard> presentCard() {
        return Optional.ofNullable(present.get());
    }

    @Override
    public void onCard(Consumer<CitizenCard> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Hears each card laid on the reader that gave no citizen, with the reason ({@link CardFailure}'s name). */
    @Override
    public void onUnreadable(Consumer<String> listener) {
        unreadableListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        watch.close();
        present.set(null);
    }

    /**
     * The kiosk's reader states are the ID-card reader's; a PC/SC reader that is missing, unplugged or has
     * no pcscd is {@link ReaderState#DISCONNECTED} (a fault: the kiosk was built with one), and starting up
     * or shutting down is no fault.
     */
    static ReaderState stateOf(ReaderStatus status) {
        return switch (status) {
            case OK -> ReaderState.OK;
            case STARTING, CLOSED -> ReaderState.NO_READER;
            case NO_PCSC_SERVICE, PCSC_SERVICE_LOST, NO_READER, READER_UNPLUGGED -> ReaderState.DISCONNECTED;
        };
    }

    private void heard(CardOutcome<SocialSecurityCard> outcome) {
        if (outcome instanceof CardOutcome.Failed<SocialSecurityCard> failed) {
            tell(unreadableListeners, failed.reason().name());
            return;
        }
        SocialSecurityCard card = outcome.value().orElseThrow();
        CitizenCard citizen;
        try {
            citizen = new CitizenCard(card.name(), card.socialSecurityNumber(), card.birthDate());
        } catch (IllegalArgumentException e) {
            LOG.warn("social security card {} is no citizen the kiosk can take: {}", card, e.getMessage());
            tell(unreadableListeners, CardFailure.BAD_RECORD.name());
            return;
        }
        present.set(citizen);
        tell(listeners, citizen);
    }

    private static <E> void tell(List<Consumer<E>> to, E event) {
        for (Consumer<E> listener : to) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("a card listener failed on {}", event, e);
            }
        }
    }
}
