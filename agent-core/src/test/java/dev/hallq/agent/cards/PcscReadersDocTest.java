package dev.hallq.agent.cards;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** hardware-docs/pcsc-readers.md tells technicians what the code does: it must name what the code names. */
class PcscReadersDocTest {
    private static final Path PAGE = Path.of("..", "hardware-docs", "pcsc-readers.md");

    @Test
    void the_page_explains_every_reader_status_and_every_card_failure() throws Exception {
        String page = Files.readString(PAGE);

        Arrays.stream(ReaderStatus.values()).forEach(s -> assertThat(page).contains("| `" + s.name() + "` |"));
        Arrays.stream(CardFailure.values()).forEach(f -> assertThat(page).contains("| `" + f.name() + "` |"));
    }

    @Test
    void the_page_shows_the_commands_the_code_sends() throws Exception {
        String page = Files.readString(PAGE).replace(" ", "");

        assertThat(page).contains("00A404000F" + Apdus.hex(SocialSecurityCardReading.SSSE));
        for (SocialSecurityCardReading.Item item : SocialSecurityCardReading.Item.values()) {
            assertThat(page).contains(String.format("00B2%02X00%02X", item.tag, item.length + 2));
        }
        assertThat(page).contains(Apdus.hex(ContactlessUidReading.GET_UID.getBytes()));
    }
}
