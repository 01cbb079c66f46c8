package dev.hallq.agent.cards;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/**
 * One card laid on the reader: connect, read it with a {@link CardReading}, disconnect, and tell a card
 * that was pulled out from one that cannot be read. Never throws: every end is a {@link CardOutcome}.
 */
final class CardSession {
    private static final Logger LOG = LoggerFactory.getLogger(CardSession.class);
    /** How long a card that stopped answering gets to show it has left, before it counts as unreadable. */
    private static final long REMOVAL_GRACE_MS = 500;

    private CardSession() {
    }

    static <T> CardOutcome<T> read(CardTerminal terminal, CardReading<T> reading, String purpose) {
        String name = terminal.getName();
        Card card = null;
        try {
            card = terminal.connect("*");
            return new CardOutcome.Read<>(name, reading.read(card.getBasicChannel()));
        } catch (CardReadException e) {
            return failed(terminal, e.failure(), e.detail());
        } catch (CardException e) {
            return failed(terminal, CardFailure.UNREADABLE, "cannot connect to the card: " + PcscErrors.describe(e));
        } catch (RuntimeException e) {
            LOG.warn("{}: reading the card on '{}' failed unexpectedly", purpose, name, e);
            return failed(terminal, CardFailure.UNREADABLE, "reading failed: " + e);
        } finally {
            disconnect(card, purpose);
        }
    }

    /** A card that stopped answering and is no longer there was pulled out; one still there is unreadable. */
    private static <T> CardOutcome<T> failed(CardTerminal terminal, CardFailure failure, String why) {
        CardFailure reason = failure;
        if (failure == CardFailure.UNREADABLE && leftTheReader(terminal)) {
            reason = CardFailure.CARD_REMOVED;
        }
        return new CardOutcome.Failed<>(terminal.getName(), reason, why);
    }

    private static boolean leftTheReader(CardTerminal terminal) {
        try {
            return terminal.waitForCardAbsent(REMOVAL_GRACE_MS);
        } catch (CardException | RuntimeException e) {
            return true;
        }
    }

    private static void disconnect(Card card, String purpose) {
        if (card == null) {
            return;
        }
        try {
            card.disconnect(false);
        } catch (CardException | RuntimeException e) {
            LOG.debug("{}: disconnecting the card: {}", purpose, PcscErrors.describe(e));
        }
    }
}
