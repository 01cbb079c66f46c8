package dev.hallq.kiosk;

import java.util.Optional;
import java.util.function.Consumer;

/** For a kiosk built without an ID-card reader: never reads a card, and that is not a fault. */
public final class NoIdCardReader implements IdCardReader {

    @Override
    public ReaderState state() {
        return ReaderState.NO_READER;
    }

    @Override
    public Optional<CitizenCard> presentCard() {
        return Optional.empty();
    }

    @Override
    public void onCard(Consumer<CitizenCard> listener) {
        // no card is ever read
    }

    @Override
    public void close() {
        // nothing to release
    }
}
