package dev.hallq.agent.cards;

import java.io.IOException;
import java.time.Duration;

/**
 * A staff card watcher in a JVM of its own, for tests that need a PC/SC client whose view of pcscd they
 * control (see {@link ProbeJvm}). It says what it hears on stdout, one {@code PROBE …} line per event,
 * and stops when its stdin closes.
 */
public final class WatchProbe {
    private WatchProbe() {
    }

    public static void main(String[] args) throws IOException {
        CardReaderWatch<CardUid> watch = CardReaders.staffCards(PcscSettings.named(args[0])
                .withPollEvery(Duration.ofMillis(100)).withRetryEvery(Duration.ofMillis(200)));
        watch.onStatus(status -> say("status " + status))
                .onRemoved(reader -> say("removed"))
                .onCard(outcome -> say(outcome instanceof CardOutcome.Failed<CardUid> failed
                        ? "failed " + failed.reason() : "card " + outcome.value().orElseThrow()));
        say("started, can reconnect: " + JdkPcscService.canReconnect());
        watch.start();
        while (System.in.read() >= 0) {
            // until the test closes our stdin
        }
        watch.close();
    }

    private static synchronized void say(String line) {
        System.out.println("PROBE " + line);
        System.out.flush();
    }
}
