package dev.hallq.agent.testing;

import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/** Awaitility with a readable failure message. */
public final class Awaiting {
    private Awaiting() {
    }

    public static <T> T until(Supplier<Optional<T>> probe, Duration within, Supplier<String> whyNot) {
        AtomicReference<T> found = new AtomicReference<>();
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(20)).until(() -> {
                Optional<T> value = probe.get();
                value.ifPresent(found::set);
                return value.isPresent();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(whyNot.get(), e);
        }
        return found.get();
    }
}
