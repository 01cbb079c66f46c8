package dev.hallq.agent.cards;

import dev.hallq.agent.testing.CardEvents;
import dev.hallq.agent.testing.TestPcscd;
import dev.hallq.agent.testing.VirtualCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff cards and reader choice on a real pcscd with vpcd's two virtual readers. */
class CardReaderWatchOnPcscdTest {
    private final Deque<AutoCloseable> toClose = new ConcurrentLinkedDeque<>();

    @BeforeAll
    static void pcscd() {
        TestPcscd.ensureRunning();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    @Test
    void a_staff_card_tapped_on_the_reader_gives_its_uid_in_hex() {
        CardReaderWatch<CardUid> watch = staffCards(PcscSettings.named(TestPcscd.FIRST_READER));
        CardEvents<CardUid> events = start(watch);
        VirtualCard staffCard = card(VirtualCard.contactless("04a1b2c3d4e5f6"));

        staffCard.insert();

        assertThat(events.awaitCard(1).hex()).isEqualTo("04A1B2C3D4E5F6");
        assertThat(staffCard.commands()).containsExactly("FFCA000000");
        staffCard.remove();
        events.awaitRemovals(1);
        assertThat(watch.presentCard()).isEmpty();
    }

    @Test
    void a_contact_card_on_the_staff_reader_is_the_wrong_card() {
        CardEvents<CardUid> events = start(staffCards(PcscSettings.named(TestPcscd.FIRST_READER)));

        card(VirtualCard.alwaysAnswering("6E00")).insert();

        assertThat(events.awaitFailure(1, CardFailure.WRONG_CARD).detail()).contains("6E00");
    }

    @Test
    void only_the_reader_named_is_watched() {
        CardEvents<CardUid> events = start(staffCards(PcscSettings.named(TestPcscd.SECOND_READER)));
        card(VirtualCard.contactless("11223344")).insertInto(TestPcscd.FIRST_PORT);

        card(VirtualCard.contactless("55667788")).insertInto(TestPcscd.SECOND_PORT);

        assertThat(events.awaitCard(1).hex()).isEqualTo("55667788");
        assertThat(events.outcomes()).singleElement()
                .satisfies(outcome -> assertThat(outcome.reader()).isEqualTo(TestPcscd.SECOND_READER));
    }

    @Test
    void a_reader_pcscd_does_not_list_is_no_reader_naming_those_it_does() {
        CardReaderWatch<CardUid> watch = staffCards(PcscSettings.named("ACR122U"));
        start(watch).awaitStatus(ReaderStatus.NO_READER);

        assertThat(watch.statusDetail()).contains("ACR122U", TestPcscd.FIRST_READER, TestPcscd.SECOND_READER);
    }

    @Test
    void closing_returns_promptly_while_pcscd_waits_for_a_card() {
        CardReaderWatch<CardUid> watch = staffCards(PcscSettings.named(TestPcscd.FIRST_READER));
        start(watch).awaitStatus(ReaderStatus.OK);

        long closing = System.nanoTime();
        watch.close();

        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofMillis(1000));
        assertThat(watch.status()).isEqualTo(ReaderStatus.CLOSED);
    }

    private CardReaderWatch<CardUid> staffCards(PcscSettings settings) {
        CardReaderWatch<CardUid> watch = CardReaders.staffCards(settings);
        toClose.addFirst(watch);
        return watch;
    }

    private static <T> CardEvents<T> start(CardReaderWatch<T> watch) {
        CardEvents<T> events = CardEvents.of(watch);
        watch.start();
        return events;
    }

    private VirtualCard card(VirtualCard card) {
        toClose.addFirst(card);
        return card;
    }
}
