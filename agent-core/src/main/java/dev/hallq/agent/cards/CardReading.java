package dev.hallq.agent.cards;

import javax.smartcardio.CardChannel;

/**
 * What to read from a card once it lies on the reader: a social security card's identity, a staff card's
 * UID. Runs on the watcher's thread with the card connected; the watcher disconnects it afterwards.
 *
 * @param <T> what a card yields
 */
@FunctionalInterface
public interface CardReading<T> {

    /**
     * Reads the card. Every way it can fail is a {@link CardReadException} with a {@link CardFailure}; a
     * transport failure (the card went away, the reader broke) is {@link CardFailure#UNREADABLE}, which the
     * watcher turns into {@link CardFailure#CARD_REMOVED} when the card has indeed left the reader.
     */
    T read(CardChannel channel) throws CardReadException;
}
