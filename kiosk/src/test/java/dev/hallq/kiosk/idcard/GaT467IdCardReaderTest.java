package dev.hallq.kiosk.idcard;

import dev.hallq.agent.testing.SocatPair;

import dev.hallq.kiosk.CitizenCard;
import dev.hallq.kiosk.ReaderState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real driver over a socat pty pair, against {@link SimulatedSam}. */
class GaT467IdCardReaderTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final CitizenCard ZHANG =
            new CitizenCard("张三丰", TestCards.RESIDENT_ID, LocalDate.of(1980, 1, 1));

    @TempDir
    Path dir;
    private SocatPair socat;
    private SimulatedSam sam;
    private GaT467IdCardReader reader;
    private final List<CitizenCard> heard = new CopyOnWriteArrayList<>();
    private final List<CardRead> reads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void plugIn() throws Exception {
        socat = SocatPair.start(dir);
        sam = SimulatedSam.attach(socat.device());
    }

    @AfterEach
    void unplug() {
        if (reader != null) {
            reader.close();
        }
        if (sam != null) {
            sam.close();
        }
        if (socat != null) {
            socat.close();
        }
    }

    private GaT467Settings settings() {
        return GaT467Settings.defaults(socat.host().toString())
                .withPollInterval(Duration.ofMillis(50))
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(600))
                .withReopenInterval(Duration.ofMillis(100));
    }

    private void startReader() {
        reader = GaT467IdCardReader.start(settings());
        reader.onCard(heard::add);
        reader.onRead(reads::add);
    }

    private void startReaderAndWaitOk() {
        startReader();
        await().atMost(WAIT).until(reader::state, ReaderState.OK::equals);
    }

    /** Lets the reader look for a card a few more times. */
    private void afterMorePolls(int polls) {
        int finds = sam.received(SamCommand.FIND_CARD);
        await().atMost(WAIT).until(() -> sam.received(SamCommand.FIND_CARD) >= finds + polls);
    }

    @Test
    void the_reader_resets_the_module_and_asks_its_status_before_it_reports_ok() {
        startReaderAndWaitOk();
        assertThat(sam.received(SamCommand.RESET_SAM)).isEqualTo(1);
        assertThat(sam.received(SamCommand.SAM_STATUS)).isGreaterThanOrEqualTo(1);
        assertThat(reader.presentCard()).isEmpty();
    }

    @Test
    void a_card_is_read_once_per_insertion_and_again_after_it_is_laid_down_anew() {
        startReaderAndWaitOk();
        sam.insert(TestCards.resident());

        await().atMost(WAIT).until(() -> heard.size() == 1);
        assertThat(heard).containsExactly(ZHANG);
        assertThat(reader.presentCard()).contains(ZHANG);
        afterMorePolls(5);
        assertThat(heard).hasSize(1);
        assertThat(sam.received(SamCommand.READ_TEXT_AND_PHOTO)).isEqualTo(1);
        assertThat(reader.presentCard()).contains(ZHANG);

        sam.remove();
        await().atMost(WAIT).until(() -> reader.presentCard().isEmpty());
        sam.insert(TestCards.resident());
        await().atMost(WAIT).until(() -> heard.size() == 2);
        assertThat(sam.received(SamCommand.READ_TEXT_AND_PHOTO)).isEqualTo(2);
    }

    @Test
    void a_module_that_finds_a_read_card_again_still_announces_it_once_per_insertion() {
        sam.findsReadCards(true);
        startReaderAndWaitOk();
        sam.insert(TestCards.resident());

        await().atMost(WAIT).until(() -> sam.received(SamCommand.READ_TEXT_AND_PHOTO) >= 3);
        assertThat(heard).containsExactly(ZHANG);
        assertThat(reader.presentCard()).contains(ZHANG);

        sam.remove();
        await().atMost(WAIT).until(() -> reader.presentCard().isEmpty());
        sam.insert(TestCards.resident());
        await().atMost(WAIT).until(() -> heard.size() == 2);
    }

    enum Card {
        RESIDENT(CardType.RESIDENT, TestCards.resident(), TestCards.RESIDENT_ID),
        ELDERLY(CardType.RESIDENT, TestCards.elderlyResident(), TestCards.ELDERLY_ID),
        PERMIT(CardType.HMT_RESIDENCE_PERMIT, TestCards.residencePermit(), TestCards.PERMIT_ID),
        FOREIGN_2017(CardType.FOREIGN_PERMANENT_RESIDENT, TestCards.foreign2017(), TestCards.FOREIGN_2017_ID),
        FOREIGN_2023(CardType.FOREIGN_PERMANENT_RESIDENT_2023, TestCards.foreign2023(), TestCards.FOREIGN_2023_ID);

        final CardType type;
        final byte[] text;
        final String id;

        Card(CardType type, byte[] text, String id) {
            this.type = type;
            this.text = text;
            this.id = id;
        }
    }

    @ParameterizedTest
    @EnumSource(Card.class)
    void every_kind_of_card_is_read_with_its_text_and_photo(Card card) {
        startReaderAndWaitOk();
        sam.insert(card.text);

        await().atMost(WAIT).until(() -> heard.size() == 1 && reads.size() == 1);
        assertThat(heard.get(0).idNumber()).isEqualTo(card.id);
        assertThat(reads.get(0).text().type()).isEqualTo(card.type);
        assertThat(reads.get(0).photo()).isEqualTo(TestCards.photo());
    }

    @Test
    void a_reply_with_a_wrong_checksum_is_asked_for_again_and_the_card_read_right() {
        startReaderAndWaitOk();
        sam.misbehave(SamCommand.READ_TEXT_AND_PHOTO, SimulatedSam.Fault.WRONG_CHECKSUM, 1);
        sam.insert(TestCards.resident());

        await().atMost(WAIT).until(() -> heard.size() == 1);
        assertThat(heard).containsExactly(ZHANG);
        assertThat(sam.received(SamCommand.READ_TEXT_AND_PHOTO)).isEqualTo(2);
    }

    @Test
    void a_module_complaining_of_a_damaged_command_is_sent_it_again() {
        startReaderAndWaitOk();
        sam.misbehave(SamCommand.SELECT_CARD, SimulatedSam.Fault.MODULE_SAYS_CHECKSUM_ERROR, 1);
        sam.misbehave(SamCommand.READ_TEXT_AND_PHOTO, SimulatedSam.Fault.MODULE_SAYS_CHECKSUM_ERROR, 1);
        sam.insert(TestCards.resident());

        await().atMost(WAIT).until(() -> heard.size() == 1);
        assertThat(heard).containsExactly(ZHANG);
        List<SamCommand> history = sam.history();
        int select = history.indexOf(SamCommand.SELECT_CARD);
        assertThat(history.subList(select, select + 4)).containsExactly(SamCommand.SELECT_CARD,
                SamCommand.SELECT_CARD, SamCommand.READ_TEXT_AND_PHOTO, SamCommand.READ_TEXT_AND_PHOTO);
    }

    @Test
    void a_reader_set_to_read_fingerprints_hands_them_on_with_the_text() {
        reader = GaT467IdCardReader.start(settings().withFingerprint(true));
        reader.onCard(heard::add);
        reader.onRead(reads::add);
        await().atMost(WAIT).until(reader::state, ReaderState.OK::equals);
        sam.insert(TestCards.resident());

        await().atMost(WAIT).until(() -> reads.size() == 1);
        assertThat(reads.get(0).fingerprint()).isEqualTo(SimulatedSam.FINGERPRINT);
        assertThat(heard).containsExactly(ZHANG);
        assertThat(sam.received(SamCommand.READ_WITH_FINGERPRINT)).isEqualTo(1);
        assertThat(sam.received(SamCommand.READ_TEXT_AND_PHOTO)).isZero();
    }

    @Test
    void noise_before_every_reply_is_skipped() {
        startReaderAndWaitOk();
        sam.misbehave(SamCommand.FIND_CARD, SimulatedSam.Fault.GARBAGE_FIRST, 3);
        sam.misbehave(SamCommand.SELECT_CARD, SimulatedSam.Fault.GARBAGE_FIRST, 1);
        sam.misbehave(SamCommand.READ_TEXT_AND_PHOTO, SimulatedSam.Fault.GARBAGE_FIRST, 1);
        sam.insert(TestCards.residencePermit());

        await().atMost(WAIT).until(() -> heard.size() == 1);
        assertThat(heard.get(0).idNumber()).isEqualTo(TestCards.PERMIT_ID);
        assertThat(sam.received(SamCommand.READ_TEXT_AND_PHOTO)).isEqualTo(1);
        assertThat(reader.state()).isEqualTo(ReaderState.OK);
    }

    @Test
    void a_frame_cut_short_times_out_and_is_asked_for_again() {
        startReaderAndWaitOk();
        sam.misbehave(SamCommand.READ_TEXT_AND_PHOTO, SimulatedSam.Fault.SHORT_FRAME, 1);
        sam.insert(TestCards.foreign2017());

        await().atMost(WAIT).until(() -> heard.size() == 1);
        assertThat(heard.get(0).idNumber()).isEqualTo(TestCards.FOREIGN_2017_ID);
        assertThat(sam.received(SamCommand.READ_TEXT_AND_PHOTO)).isEqualTo(2);
    }

    @Test
    void replies_that_stay_damaged_give_no_card_and_keep_the_reader_ok_until_the_card_is_laid_down_anew() {
        startReaderAndWaitOk();
        sam.misbehave(SamCommand.READ_TEXT_AND_PHOTO, SimulatedSam.Fault.WRONG_CHECKSUM, 1);
        sam.misbehave(SamCommand.READ_TEXT_AND_PHOTO, SimulatedSam.Fault.SHORT_FRAME, 1);
        sam.misbehave(SamCommand.READ_TEXT_AND_PHOTO, SimulatedSam.Fault.WRONG_CHECKSUM, 1);
        sam.insert(TestCards.resident());

        await().atMost(WAIT).until(() -> sam.received(SamCommand.READ_TEXT_AND_PHOTO) == 3);
        afterMorePolls(3);
        assertThat(sam.received(SamCommand.READ_TEXT_AND_PHOTO)).isEqualTo(3);
        assertThat(heard).isEmpty();
        assertThat(reader.presentCard()).isEmpty();
        assertThat(reader.state()).isEqualTo(ReaderState.OK);

        sam.remove();
        sam.insert(TestCards.resident());
        await().atMost(WAIT).until(() -> heard.size() == 1);
        assertThat(heard).containsExactly(ZHANG);
    }

    @Test
    void an_unknown_status_gives_no_card_and_the_next_look_reads_it() {
        startReaderAndWaitOk();
        sam.misbehave(SamCommand.FIND_CARD, SimulatedSam.Fault.UNKNOWN_STATUS, 2);
        sam.misbehave(SamCommand.READ_TEXT_AND_PHOTO, SimulatedSam.Fault.UNKNOWN_STATUS, 1);
        sam.insert(TestCards.resident());

        await().atMost(WAIT).until(() -> sam.received(SamCommand.READ_TEXT_AND_PHOTO) >= 1);
        await().atMost(WAIT).until(() -> heard.size() == 1);
        assertThat(heard).containsExactly(ZHANG);
        assertThat(sam.received(SamCommand.READ_TEXT_AND_PHOTO)).isEqualTo(2);
        assertThat(reader.state()).isEqualTo(ReaderState.OK);
    }

    @Test
    void a_card_lifted_off_during_the_read_gives_no_card_and_the_next_insertion_is_read() {
        startReaderAndWaitOk();
        java.util.List<String> unreadable = new java.util.concurrent.CopyOnWriteArrayList<>();
        reader.onUnreadable(unreadable::add);
        sam.misbehave(SamCommand.READ_TEXT_AND_PHOTO, SimulatedSam.Fault.CARD_REMOVED_DURING_READ, 1);
        sam.insert(TestCards.resident());

        await().atMost(WAIT).until(() -> sam.received(SamCommand.READ_TEXT_AND_PHOTO) == 1);
        await().atMost(WAIT).until(() -> !unreadable.isEmpty());
        assertThat(unreadable.get(0)).isEqualTo("READ_FAILED");
        afterMorePolls(3);
        assertThat(heard).isEmpty();
        assertThat(reader.presentCard()).isEmpty();
        assertThat(reader.state()).isEqualTo(ReaderState.OK);

        sam.insert(TestCards.elderlyResident());
        await().atMost(WAIT).until(() -> heard.size() == 1);
        assertThat(heard.get(0).idNumber()).isEqualTo(TestCards.ELDERLY_ID);
    }

    @Test
    void a_reader_whose_module_never_answers_is_no_sam_until_it_does() {
        sam.silent(true);
        startReader();
        await().atMost(WAIT).until(reader::state, ReaderState.NO_SAM::equals);

        sam.silent(false);
        await().atMost(WAIT).until(reader::state, ReaderState.OK::equals);
        sam.insert(TestCards.resident());
        await().atMost(WAIT).until(() -> heard.size() == 1);
    }

    @Test
    void a_module_that_goes_silent_while_a_card_lies_there_is_no_sam_and_drops_the_card() {
        startReaderAndWaitOk();
        sam.insert(TestCards.resident());
        await().atMost(WAIT).until(() -> reader.presentCard().isPresent());

        sam.silent(true);
        await().atMost(WAIT).until(reader::state, ReaderState.NO_SAM::equals);
        assertThat(reader.presentCard()).isEmpty();
    }

    @Test
    void a_module_that_failed_its_self_test_is_a_sam_fault_until_it_passes() {
        sam.selfTestFailed(true);
        startReader();
        await().atMost(WAIT).until(reader::state, ReaderState.SAM_FAULT::equals);
        sam.insert(TestCards.resident());
        int probes = sam.received(SamCommand.SAM_STATUS);
        await().atMost(WAIT).until(() -> sam.received(SamCommand.SAM_STATUS) >= probes + 2);
        assertThat(sam.received(SamCommand.READ_TEXT_AND_PHOTO)).isZero();
        assertThat(heard).isEmpty();

        sam.selfTestFailed(false);
        await().atMost(WAIT).until(reader::state, ReaderState.OK::equals);
        await().atMost(WAIT).until(() -> heard.size() == 1);
    }

    @Test
    void an_unplugged_reader_is_disconnected_and_comes_back_when_plugged_in_again() throws Exception {
        startReaderAndWaitOk();
        sam.insert(TestCards.resident());
        await().atMost(WAIT).until(() -> heard.size() == 1);

        sam.close();
        socat.close();
        await().atMost(WAIT).until(reader::state, ReaderState.DISCONNECTED::equals);
        assertThat(reader.presentCard()).isEmpty();

        socat = SocatPair.start(dir);
        sam = SimulatedSam.attach(socat.device());
        await().atMost(WAIT).until(reader::state, ReaderState.OK::equals);
        sam.insert(TestCards.foreign2023());
        await().atMost(WAIT).until(() -> heard.size() == 2);
        assertThat(heard.get(1).idNumber()).isEqualTo(TestCards.FOREIGN_2023_ID);
    }

    @Test
    void a_reader_started_before_its_port_exists_is_disconnected_until_the_port_appears() throws Exception {
        sam.close();
        socat.close();
        startReader();
        await().atMost(WAIT).until(reader::state, ReaderState.DISCONNECTED::equals);

        socat = SocatPair.start(dir);
        sam = SimulatedSam.attach(socat.device());
        await().atMost(WAIT).until(reader::state, ReaderState.OK::equals);
    }

    @Test
    void close_returns_promptly_even_while_the_module_keeps_the_reader_waiting() {
        sam.silent(true);
        startReader();
        await().atMost(WAIT).until(() -> sam.received(SamCommand.SAM_STATUS) >= 1);

        long start = System.nanoTime();
        reader.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1000));
    }

    @Test
    void a_listener_that_throws_does_not_stop_the_reader() {
        startReader();
        reader.onCard(card -> {
            throw new IllegalStateException("listener bug");
        });
        List<CitizenCard> later = new CopyOnWriteArrayList<>();
        reader.onCard(later::add);
        await().atMost(WAIT).until(reader::state, ReaderState.OK::equals);

        sam.insert(TestCards.resident());
        await().atMost(WAIT).until(() -> later.size() == 1);
        sam.remove();
        await().atMost(WAIT).until(() -> reader.presentCard().isEmpty());
        sam.insert(TestCards.resident());
        await().atMost(WAIT).until(() -> later.size() == 2);
    }
}
