package dev.hallq.kiosk;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedIdCardReaderTest {
    private final CitizenCard card = new CitizenCard("李四", "110101198001011234", LocalDate.of(1980, 1, 1));

    @Test
    void inserting_a_card_tells_every_listener_and_presents_it_until_removed() {
        SimulatedIdCardReader reader = new SimulatedIdCardReader();
        List<CitizenCard> first = new ArrayList<>();
        List<CitizenCard> second = new ArrayList<>();
        reader.onCard(first::add);
        reader.onCard(second::add);

        reader.insert(card);
        assertThat(first).containsExactly(card);
        assertThat(second).containsExactly(card);
        assertThat(reader.presentCard()).contains(card);

        reader.remove();
        assertThat(reader.presentCard()).isEmpty();

        reader.insert(card);
        assertThat(first).hasSize(2);
    }

    @Test
    void a_failed_reader_reads_no_card_until_repaired() {
        SimulatedIdCardReader reader = new SimulatedIdCardReader();
        List<CitizenCard> heard = new ArrayList<>();
        reader.onCard(heard::add);

        reader.fail(ReaderState.SAM_FAULT);
        reader.insert(card);
        assertThat(reader.state()).isEqualTo(ReaderState.SAM_FAULT);
        assertThat(heard).isEmpty();
        assertThat(reader.presentCard()).isEmpty();

        reader.fail(ReaderState.OK);
        reader.insert(card);
        assertThat(heard).containsExactly(card);
    }

    @Test
    void a_listener_that_throws_does_not_stop_the_others() {
        SimulatedIdCardReader reader = new SimulatedIdCardReader();
        List<CitizenCard> heard = new ArrayList<>();
        reader.onCard(c -> {
            throw new IllegalStateException("broken screen");
        });
        reader.onCard(heard::add);

        reader.insert(card);

        assertThat(heard).containsExactly(card);
    }

    @Test
    void a_kiosk_without_a_reader_reports_no_reader_which_is_no_fault() {
        NoIdCardReader none = new NoIdCardReader();

        assertThat(none.state()).isEqualTo(ReaderState.NO_READER);
        assertThat(none.state().fault()).isFalse();
        assertThat(none.presentCard()).isEmpty();
        assertThat(ReaderState.DISCONNECTED.fault()).isTrue();
    }
}
