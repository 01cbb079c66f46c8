package dev.hallq.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hallq.agent.AgentSettings;
import dev.hallq.printer.ticket.PaperWidth;
import dev.hallq.printer.ticket.TicketField;
import dev.hallq.printer.ticket.TicketTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrinterSettingsTest {
    private static final AgentSettings AGENT = new AgentSettings("tcp://127.0.0.1:1883", "H1", "P1", "127.0.0.1", 0, true);

    @TempDir
    Path dir;

    @Test
    void withoutOptionsItIsTodaysTicketOn80mmPaper() {
        PrinterSettings settings = PrinterSettings.of(AGENT, null, null);

        assertThat(settings.paper()).isEqualTo(PaperWidth.MM80);
        assertThat(settings.template()).isEqualTo(TicketTemplate.DEFAULT);
    }

    @Test
    void theTemplatesPaperIsUsedUnlessTheCommandLineNamesOne() throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), "paper: 58\nfields: {qr: false}\n");

        assertThat(PrinterSettings.of(AGENT, null, file).paper()).isEqualTo(PaperWidth.MM58);
        assertThat(PrinterSettings.of(AGENT, 80, file).paper()).isEqualTo(PaperWidth.MM80);
        assertThat(PrinterSettings.of(AGENT, 80, file).template().shows(TicketField.QR)).isFalse();
        assertThat(PrinterSettings.of(AGENT, 58, null).paper()).isEqualTo(PaperWidth.MM58);
    }

    @Test
    void aPaperWidthOtherThan80Or58IsRefusedNamingTheOption() {
        assertThatThrownBy(() -> PrinterSettings.of(AGENT, 76, null)).hasMessageContaining("--paper")
                .hasMessageContaining("76");
    }

    @Test
    void aBadTemplateStopsTheStartNamingTheFileAndTheKey() throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), "fields: {peopleAhed: false}\n");

        assertThatThrownBy(() -> PrinterSettings.of(AGENT, null, file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("fields.peopleAhed");
    }
}
