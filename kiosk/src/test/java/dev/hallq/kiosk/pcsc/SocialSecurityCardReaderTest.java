package dev.hallq.kiosk.pcsc;

import dev.hallq.agent.cards.CardFailure;
import dev.hallq.agent.cards.PcscSettings;
import dev.hallq.agent.cards.ReaderStatus;
import dev.hallq.agent.testing.SocialSecurityApplet;
import dev.hallq.agent.testing.TestPcscd;
import dev.hallq.agent.testing.VirtualCard;
import dev.hallq.kiosk.CitizenCard;
import dev.hallq.kiosk.ReaderState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The kiosk's card reader port played by social security cards on a real pcscd with a virtual card. */
class SocialSecurityCardReaderTest {
    private static final Duration WITHIN = Duration.ofSeconds(10);
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
    void a_social_security_card_gives_the_kiosk_its_holder_once_per_insertion() {
        SocialSecurityCardReader reader = reader(TestPcscd.FIRST_READER);
        List<CitizenCard> heard = new CopyOnWriteArrayList<>();
        reader.onCard(heard::add);
        await().atMost(WITHIN).until(() -> reader.state() == ReaderState.OK);
        VirtualCard card = card(VirtualCard.socialSecurityCard(SocialSecurityApplet.holder("张三丰", "11010519491231002X")));

        card.insert();

        await().atMost(WITHIN).until(() -> heard.size() == 1);
        CitizenCard citizen = heard.get(0);
        assertThat(citizen.name()).isEqualTo("张三丰");
        assertThat(citizen.idNumber()).isEqualTo("11010519491231002X");
        assertThat(citizen.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(citizen.ageOn(LocalDate.of(2025, 6, 1))).isEqualTo(75);
        assertThat(reader.presentCard()).contains(citizen);

        card.remove();
        await().atMost(WITHIN).until(() -> reader.presentCard().isEmpty());
        assertThat(heard).hasSize(1);
        card.insert();
        await().atMost(WITHIN).until(() -> heard.size() == 2);
    }

    @Test
    void a_card_that_is_no_social_security_card_gives_no_citizen_and_says_why() {
        SocialSecurityCardReader reader = reader(TestPcscd.FIRST_READER);
        List<CitizenCard> heard = new CopyOnWriteArrayList<>();
        List<String> unreadable = new CopyOnWriteArrayList<>();
        reader.onCard(heard::add);
        reader.onUnreadable(unreadable::add);
        await().atMost(WITHIN).until(() -> reader.state() == ReaderState.OK);

        card(VirtualCard.alwaysAnswering("6A82")).insert();

        await().atMost(WITHIN).until(() -> unreadable.contains(CardFailure.WRONG_CARD.name()));
        assertThat(heard).isEmpty();
        assertThat(reader.presentCard()).isEmpty();
        assertThat(reader.state()).isEqualTo(ReaderState.OK);
    }

    @Test
    void a_reader_pcscd_does_not_list_is_a_disconnected_reader_and_a_fault() {
        SocialSecurityCardReader reader = reader("ACR39U");

        await().atMost(WITHIN).until(() -> reader.readerStatus() == ReaderStatus.NO_READER);

        assertThat(reader.state()).isEqualTo(ReaderState.DISCONNECTED);
        assertThat(reader.state().fault()).isTrue();
        assertThat(reader.statusDetail()).contains("ACR39U", TestPcscd.FIRST_READER);
    }

    @ParameterizedTest
    @EnumSource(ReaderStatus.class)
    void every_reader_status_is_a_kiosk_reader_state_that_is_a_fault_exactly_when_it_is_one(ReaderStatus status) {
        ReaderState state = SocialSecurityCardReader.stateOf(status);

        assertThat(state.fault()).isEqualTo(status.fault());
    }

    private SocialSecurityCardReader reader(String name) {
        SocialSecurityCardReader reader = SocialSecurityCardReader.start(PcscSettings.named(name));
        toClose.addFirst(reader);
        return reader;
    }

    private VirtualCard card(VirtualCard card) {
        toClose.addFirst(card);
        return card;
    }
}
