package dev.hallq.kiosk.idcard;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

class SamStatusTest {

    @Test
    void every_documented_status_byte_has_its_status_and_a_reason() {
        Map<Integer, SamStatus> documented = Map.ofEntries(entry(0x90, SamStatus.OK),
                entry(0x91, SamStatus.NO_CONTENT), entry(0x9F, SamStatus.CARD_FOUND),
                entry(0x10, SamStatus.CHECKSUM_ERROR), entry(0x11, SamStatus.LENGTH_ERROR),
                entry(0x21, SamStatus.BAD_COMMAND), entry(0x23, SamStatus.NOT_PERMITTED),
                entry(0x24, SamStatus.UNRECOGNISED_ERROR), entry(0x31, SamStatus.CARD_REJECTED_SAM),
                entry(0x32, SamStatus.SAM_REJECTED_CARD), entry(0x33, SamStatus.VERIFICATION_FAILED),
                entry(0x40, SamStatus.UNKNOWN_CARD_TYPE), entry(0x41, SamStatus.READ_FAILED),
                entry(0x47, SamStatus.RANDOM_FAILED), entry(0x60, SamStatus.SELF_TEST_FAILED),
                entry(0x66, SamStatus.NOT_AUTHORISED), entry(0x80, SamStatus.FIND_FAILED),
                entry(0x81, SamStatus.SELECT_FAILED));
        documented.forEach((code, status) -> {
            assertThat(SamStatus.of(code)).as("0x%02X", code).isEqualTo(status);
            assertThat(status.code()).isEqualTo(code);
            assertThat(status.reason()).isNotBlank();
        });
        assertThat(Arrays.stream(SamStatus.values()).filter(s -> s != SamStatus.UNKNOWN)).hasSize(documented.size());
    }

    @Test
    void every_other_byte_is_unknown_and_named_by_its_value() {
        for (int b = 0; b < 256; b++) {
            SamStatus status = SamStatus.of(b);
            if (status == SamStatus.UNKNOWN) {
                assertThat(SamStatus.describe(b)).startsWith("UNKNOWN (0x" + String.format("%02X", b) + ")");
            }
        }
        assertThat(SamStatus.of(0x5A)).isEqualTo(SamStatus.UNKNOWN);
        assertThat(new SamReply(0, 0, 0x5A, null).describeStatus())
                .isEqualTo("UNKNOWN (0x5A): a status byte GA/T 467 does not define");
    }

    @Test
    void only_the_modules_complaints_about_our_frame_are_worth_sending_again() {
        assertThat(Arrays.stream(SamStatus.values()).filter(SamStatus::transmissionError))
                .containsExactlyInAnyOrder(SamStatus.CHECKSUM_ERROR, SamStatus.LENGTH_ERROR);
    }
}
