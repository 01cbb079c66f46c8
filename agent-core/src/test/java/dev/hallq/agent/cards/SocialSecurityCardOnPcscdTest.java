package dev.hallq.agent.cards;

import dev.hallq.agent.testing.CardEvents;
import dev.hallq.agent.testing.SocialSecurityApplet;
import dev.hallq.agent.testing.TestPcscd;
import dev.hallq.agent.testing.VirtualCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import static org.assertj.core.api.Assertions.assertThat;

/** Social security cards laid on a reader of a real pcscd, read through the JDK's javax.smartcardio. */
class SocialSecurityCardOnPcscdTest {
    private static final String NUMBER = "11010519491231002X";
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
    void a_card_laid_on_the_reader_is_read_once_and_forgotten_when_taken_off() {
        CardEvents<SocialSecurityCard> events = watch();
        VirtualCard card = card(SocialSecurityApplet.holder("张三丰", NUMBER));

        card.insert();
        SocialSecurityCard read = events.awaitCard(1);
        assertThat(read.name()).isEqualTo("张三丰");
        assertThat(read.socialSecurityNumber()).isEqualTo(NUMBER);
        assertThat(read.cardNumber()).isEqualTo("A12345678");
        assertThat(read.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(watch.presentCard()).contains(read);

        card.remove();
        events.awaitRemovals(1);
        assertThat(watch.presentCard()).isEmpty();
        assertThat(events.outcomes()).hasSize(1);
        assertThat(card.commands()).first().isEqualTo("00A404000F" + SocialSecurityApplet.SSSE_HEX);

        card.insert();
        assertThat(events.awaitCard(2).name()).isEqualTo("张三丰");
    }

    @Test
    void a_card_pulled_out_in_the_middle_of_reading_is_reported_removed_and_gives_no_identity() {
        CardEvents<SocialSecurityCard> events = watch();
        VirtualCard card = card(SocialSecurityApplet.holder("张三丰", NUMBER)).pulledOutOn("00B209");

        card.insert();

        CardOutcome.Failed<SocialSecurityCard> failed = events.awaitFailure(1, CardFailure.CARD_REMOVED);
        assertThat(failed.detail()).contains("READ RECORD 09");
        events.awaitRemovals(1);
        assertThat(watch.presentCard()).isEmpty();
    }

    @Test
    void a_card_that_answers_like_t0_is_read_through_get_response_and_corrected_lengths() {
        CardEvents<SocialSecurityCard> events = watch();
        VirtualCard card = card(SocialSecurityApplet.holder("欧阳小明", "440304198001010519").speakingT0()
                .raw(0x07, SocialSecurityApplet.an("B1234567", 10)));

        card.insert();

        SocialSecurityCard read = events.awaitCard(1);
        assertThat(read.name()).isEqualTo("欧阳小明");
        assertThat(read.cardNumber()).isEqualTo("B1234567");
        assertThat(card.commands()).containsSubsequence(
                "00A404000F" + SocialSecurityApplet.SSSE_HEX, "00C0000011", // 61 11: the FCI waits for GET RESPONSE
                "00B207000B", "00B207000C"); // 6C 0C: this card's card number is one byte longer
    }

    @Test
    void a_bank_card_is_the_wrong_card() {
        CardEvents<SocialSecurityCard> events = watch();
        card(VirtualCard.alwaysAnswering("6A82")).insert();

        assertThat(events.awaitFailure(1, CardFailure.WRONG_CARD).detail()).contains("no social security application");
    }

    @Test
    void a_refusal_is_a_bad_status_and_the_reader_stays_ready_for_the_next_card() {
        CardEvents<SocialSecurityCard> events = watch();
        VirtualCard refusing = card(SocialSecurityApplet.holder("张三丰", NUMBER)).answering("00B208", "6982");

        refusing.insert();
        assertThat(events.awaitFailure(1, CardFailure.BAD_STATUS).detail()).contains("6982");
        refusing.remove();
        events.awaitRemovals(1);
        card(SocialSecurityApplet.holder("李四", "440304198001010519")).insert();

        assertThat(events.awaitCard(2).name()).isEqualTo("李四");
        assertThat(watch.status()).isEqualTo(ReaderStatus.OK);
    }

    @Test
    void garbage_instead_of_an_answer_leaves_the_card_unreadable_not_misread() {
        CardEvents<SocialSecurityCard> events = watch();
        card(SocialSecurityApplet.holder("张三丰", NUMBER)).answering("00B208", "5A").insert();

        assertThat(events.awaitFailure(1, CardFailure.UNREADABLE).detail()).contains("READ RECORD 08");
        assertThat(watch.presentCard()).isEmpty();
    }

    private CardReaderWatch<SocialSecurityCard> watch;

    private CardEvents<SocialSecurityCard> watch() {
        watch = CardReaders.socialSecurityCards(PcscSettings.named(TestPcscd.FIRST_READER));
        toClose.addFirst(watch);
        CardEvents<SocialSecurityCard> events = CardEvents.of(watch);
        watch.start();
        events.awaitStatus(ReaderStatus.OK);
        return events;
    }

    private VirtualCard card(VirtualCard.Applet applet) {
        return card(VirtualCard.contact(applet));
    }

    private VirtualCard card(VirtualCard card) {
        toClose.addFirst(card);
        return card;
    }
}
