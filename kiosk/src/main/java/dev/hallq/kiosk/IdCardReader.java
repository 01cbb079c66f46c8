package dev.hallq.kiosk;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The kiosk's port to a resident ID-card reader. The real adapter speaks GA/T 467 to the reader's
 * security module over serial; {@link SimulatedIdCardReader} stands in for it in the demo and the tests.
 */
public interface IdCardReader extends AutoCloseable {

    /** Cheap to call: the agent asks it regularly and reports changes as its status. */
    ReaderState state();

    /** The card lying on the reader now, if one was read. */
    Optional<CitizenCard> presentCard();

    /** Hears every card read; called on the reader's own thread, so keep it short. */
    void onCard(Consumer<CitizenCard> listener);

    /**
     * Hears a card that was found but could not be read (pulled away mid-read, a damaged card, a text that fails
     * its checks), with a short reason; on the reader's own thread. The page asks the citizen to try again.
     */
    default void onUnreadable(Consumer<String> listener) {
        // a reader that cannot tell leaves the citizen to try again by themselves
    }

    @Override
    void close();
}
