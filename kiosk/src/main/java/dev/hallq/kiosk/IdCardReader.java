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

    @Override
    void close();
}
