package dev.hallq.agent.cards;

import dev.hallq.agent.testing.CardEvents;
import dev.hallq.agent.testing.SocialSecurityApplet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher against a PC/SC service in memory whose readers and daemon come and go at the test's word. */
class CardReaderWatchTest {
    private static final String READER = "ACS ACR39U ICC Reader 00 00";
    private static final SocialSecurityApplet CARD = SocialSecurityApplet.holder("张三丰", "11010519491231002X");
    private static final PcscSettings QUICK = PcscSettings.named("ACR39U")
            .withPollEvery(Duration.ofMillis(50)).withRetryEvery(Duration.ofMillis(50));

    private final FakePcsc pcsc = new FakePcsc();
    private final Deque<AutoCloseable> toClose = new ConcurrentLinkedDeque<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    @Test
    void a_reader_unplugged_and_plugged_back_reads_cards_again() {
        pcsc.plug(READER);
        CardReaderWatch<SocialSecurityCard> watch = watch(QUICK);
        CardEvents<SocialSecurityCard> events = start(watch);
        events.awaitStatus(ReaderStatus.OK);
        pcsc.insert(READER, CARD);
        events.awaitCard(1);

        pcsc.unplug(READER);
        events.awaitStatus(ReaderStatus.READER_UNPLUGGED);
        assertThat(events.removals()).containsExactly(READER);
        assertThat(watch.presentCard()).isEmpty();
        assertThat(watch.statusDetail()).contains(READER + "' is gone");

        pcsc.plug(READER);
        events.awaitStatus(ReaderStatus.OK);
        pcsc.insert(READER, CARD);
        assertThat(events.awaitCard(2).name()).isEqualTo("张三丰");
        assertThat(events.statuses()).containsExactly(
                ReaderStatus.OK, ReaderStatus.READER_UNPLUGGED, ReaderStatus.OK);
    }

    @Test
    void a_reader_never_seen_is_no_reader_until_it_is_plugged_in() {
        pcsc.plug("Generic Smart Card Reader 00 00");
        CardReaderWatch<SocialSecurityCard> watch = watch(QUICK);
        CardEvents<SocialSecurityCard> events = start(watch);

        events.awaitStatus(ReaderStatus.NO_READER);
        assertThat(watch.statusDetail()).contains("ACR39U", "Generic Smart Card Reader 00 00");
        assertThat(ReaderStatus.NO_READER.fault()).isTrue();

        pcsc.plug(READER);
        events.awaitStatus(ReaderStatus.OK);
        assertThat(watch.reader()).contains(READER);
    }

    @Test
    void without_a_name_the_first_reader_is_watched() {
        pcsc.plug("Reader A 00 00").plug("Reader B 00 00");
        CardReaderWatch<SocialSecurityCard> watch = watch(PcscSettings.firstReader()
                .withPollEvery(Duration.ofMillis(50)));
        start(watch).awaitStatus(ReaderStatus.OK);

        assertThat(watch.reader()).contains("Reader A 00 00");
    }

    @Test
    void a_card_lying_on_the_reader_at_start_is_read() {
        pcsc.plug(READER).insert(READER, CARD);

        CardEvents<SocialSecurityCard> events = start(watch(QUICK));

        assertThat(events.awaitCard(1).socialSecurityNumber()).isEqualTo("11010519491231002X");
    }

    @Test
    void no_pcscd_at_start_is_a_status_and_the_reader_is_found_once_it_runs() {
        pcsc.plug(READER).stop();
        CardReaderWatch<SocialSecurityCard> watch = watch(QUICK);
        CardEvents<SocialSecurityCard> events = start(watch);

        events.awaitStatus(ReaderStatus.NO_PCSC_SERVICE);
        assertThat(watch.statusDetail()).contains("SCARD_E_NO_SERVICE");

        pcsc.start();
        events.awaitStatus(ReaderStatus.OK);
    }

    @Test
    void a_pcscd_restart_is_survived_by_reconnecting() {
        pcsc.plug(READER).insert(READER, CARD);
        CardReaderWatch<SocialSecurityCard> watch = watch(QUICK);
        CardEvents<SocialSecurityCard> events = start(watch);
        events.awaitCard(1);

        pcsc.stop();
        events.awaitStatus(ReaderStatus.NO_PCSC_SERVICE);
        assertThat(events.removals()).hasSize(1); // the card is no longer known, so it is no longer present
        assertThat(watch.presentCard()).isEmpty();
        pcsc.start();

        events.awaitStatus(ReaderStatus.OK);
        assertThat(events.awaitCard(2).name()).isEqualTo("张三丰");
        assertThat(pcsc.reconnects()).isPositive();
    }

    @Test
    void a_pcscd_restart_this_jvm_cannot_reconnect_to_says_so_plainly() {
        pcsc.plug(READER).unableToReconnect();
        CardReaderWatch<SocialSecurityCard> watch = watch(QUICK);
        CardEvents<SocialSecurityCard> events = start(watch);
        events.awaitStatus(ReaderStatus.OK);

        pcsc.stop();
        pcsc.start();

        events.awaitStatus(ReaderStatus.PCSC_SERVICE_LOST);
        assertThat(ReaderStatus.PCSC_SERVICE_LOST.reason()).contains("restart the agent");
        assertThat(ReaderStatus.PCSC_SERVICE_LOST.fault()).isTrue();
    }

    @Test
    void a_listener_that_throws_stops_neither_the_others_nor_the_watch() {
        pcsc.plug(READER);
        CardReaderWatch<SocialSecurityCard> watch = watch(QUICK);
        watch.onCard(outcome -> {
            throw new IllegalStateException("broken screen");
        });
        CardEvents<SocialSecurityCard> events = start(watch);
        events.awaitStatus(ReaderStatus.OK);

        pcsc.insert(READER, CARD);
        events.awaitCard(1);
        pcsc.remove(READER);
        events.awaitRemovals(1);
        pcsc.insert(READER, CARD);

        events.awaitCard(2);
    }

    @Test
    void starting_returns_at_once_and_closing_returns_promptly_while_a_wait_is_under_way() {
        pcsc.plug(READER);
        CardReaderWatch<SocialSecurityCard> watch = watch(PcscSettings.named(READER)
                .withPollEvery(Duration.ofMillis(300)));
        List<ReaderStatus> heard = new CopyOnWriteArrayList<>();
        watch.onStatus(heard::add);

        long started = System.nanoTime();
        watch.start();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
        CardEvents.of(watch).awaitStatus(ReaderStatus.OK);

        long closing = System.nanoTime();
        watch.close();

        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofMillis(1000));
        assertThat(watch.status()).isEqualTo(ReaderStatus.CLOSED);
        assertThat(heard).endsWith(ReaderStatus.CLOSED);
    }

    private CardReaderWatch<SocialSecurityCard> watch(PcscSettings settings) {
        CardReaderWatch<SocialSecurityCard> watch =
                new CardReaderWatch<>("social security card", settings, pcsc, new SocialSecurityCardReading());
        toClose.addFirst(watch);
        return watch;
    }

    private static CardEvents<SocialSecurityCard> start(CardReaderWatch<SocialSecurityCard> watch) {
        CardEvents<SocialSecurityCard> events = CardEvents.of(watch);
        watch.start();
        return events;
    }
}
