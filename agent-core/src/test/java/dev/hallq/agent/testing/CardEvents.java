package dev.hallq.agent.testing;

import dev.hallq.agent.cards.CardFailure;
import dev.hallq.agent.cards.CardOutcome;
import dev.hallq.agent.cards.CardReaderWatch;
import dev.hallq.agent.cards.ReaderStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything a {@link CardReaderWatch} tells its listeners, recorded for a test to wait on: outcomes,
 * removals and status changes, in order.
 */
public final class CardEvents<T> {
    private static final Duration WITHIN = Duration.ofSeconds(10);

    private final CardReaderWatch<T> watch;
    private final List<CardOutcome<T>> outcomes = new CopyOnWriteArrayList<>();
    private final List<String> removals = new CopyOnWriteArrayList<>();
    private final List<ReaderStatus> statuses = new CopyOnWriteArrayList<>();

    private CardEvents(CardReaderWatch<T> watch) {
        this.watch = watch;
        watch.onCard(outcomes::add).onRemoved(removals::add).onStatus(statuses::add);
    }

    /** Listens to {@code watch}; call before {@code watch.start()} to hear everything. */
    public static <T> CardEvents<T> of(CardReaderWatch<T> watch) {
        return new CardEvents<>(watch);
    }

    public List<CardOutcome<T>> outcomes() {
        return new ArrayList<>(outcomes);
    }

    public List<String> removals() {
        return new ArrayList<>(removals);
    }

    public List<ReaderStatus> statuses() {
        return new ArrayList<>(statuses);
    }

    /** Waits for the {@code n}th outcome (1-based). */
    public CardOutcome<T> awaitOutcome(int n) {
        return Awaiting.until(() -> outcomes.size() >= n ? Optional.of(outcomes.get(n - 1)) : Optional.empty(),
                WITHIN, () -> "outcome #" + n + " never came; heard " + outcomes + ", reader " + watch.status()
                        + " (" + watch.statusDetail() + ")");
    }

    /** Waits for the {@code n}th outcome and expects a card read from it. */
    public T awaitCard(int n) {
        CardOutcome<T> outcome = awaitOutcome(n);
        return outcome.value().orElseThrow(() -> new AssertionError("outcome #" + n + " is not a card: " + outcome));
    }

    /** Waits for the {@code n}th outcome and expects it to have failed. */
    public CardOutcome.Failed<T> awaitFailure(int n) {
        CardOutcome<T> outcome = awaitOutcome(n);
        if (outcome instanceof CardOutcome.Failed<T> failed) {
            return failed;
        }
        throw new AssertionError("outcome #" + n + " was read, expected a failure: " + outcome);
    }

    /** Waits for the {@code n}th outcome and expects {@code reason}. */
    public CardOutcome.Failed<T> awaitFailure(int n, CardFailure reason) {
        CardOutcome.Failed<T> failed = awaitFailure(n);
        if (failed.reason() != reason) {
            throw new AssertionError("outcome #" + n + " failed with " + failed.reason() + " (" + failed.detail()
                    + "), expected " + reason);
        }
        return failed;
    }

    /** Waits until {@code n} removals were heard. */
    public void awaitRemovals(int n) {
        Awaiting.until(() -> removals.size() >= n ? Optional.of(true) : Optional.empty(), WITHIN,
                () -> n + " removals expected, heard " + removals);
    }

    /** Waits until the watch reports {@code status}. */
    public void awaitStatus(ReaderStatus status) {
        awaitStatus(status, WITHIN);
    }

    public void awaitStatus(ReaderStatus status, Duration within) {
        Awaiting.until(() -> watch.status() == status ? Optional.of(true) : Optional.empty(), within,
                () -> "reader never became " + status + "; it is " + watch.status() + " (" + watch.statusDetail()
                        + "), went through " + statuses);
    }
}
