package dev.hallq.agent.cards;

import java.util.Objects;
import java.util.Optional;

/**
 * What came of one card laid on the reader: what was read from it, or why nothing was. Heard once per
 * insertion.
 *
 * @param <T> what a card yields
 */
public sealed interface CardOutcome<T> {

    /** The name of the reader the card lay on. */
    String reader();

    /** What was read; empty when the read failed. */
    Optional<T> value();

    /** The card was read. */
    record Read<T>(String reader, T card) implements CardOutcome<T> {
        public Read {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(card, "card");
        }

        @Override
        public Optional<T> value() {
            return Optional.of(card);
        }
    }

    /** The card gave nothing usable; {@code detail} says what happened in a technician's words. */
    record Failed<T>(String reader, CardFailure reason, String detail) implements CardOutcome<T> {
        public Failed {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }
    }
}
