package dev.hallq.launcher;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class HallCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = HallCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpListsEverySubcommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo", "hub", "kiosk", "printer", "display", "evaluator");
    }

    @Test
    void anUnknownOptionExitsNonZeroNamingIt() {
        assertThat(run("kiosk", "--broker", "tcp://127.0.0.1:1883", "--id", "K1", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString()).contains("--colour");
    }

    @Test
    void aMissingRequiredOptionIsNamed() {
        assertThat(run("evaluator", "--broker", "tcp://127.0.0.1:1883", "--id", "E1")).isEqualTo(2);
        assertThat(err.toString()).contains("--window");
    }

    @Test
    void aBadBrokerAddressIsRefusedBeforeAnythingStarts() {
        assertThat(run("hub", "--broker", "mqtt.example", "--http-port", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--broker must look like tcp://HOST:PORT");
    }

    @Test
    void aBadDeviceIdIsRefused() {
        assertThat(run("kiosk", "--broker", "tcp://127.0.0.1:1883", "--id", "K 1")).isEqualTo(2);
        assertThat(err.toString()).contains("--id");
    }

    @Test
    void aScreenIsEitherAWindowScreenOrTheHallScreen() {
        assertThat(run("display", "--broker", "tcp://127.0.0.1:1883", "--id", "S1", "--window", "1", "--hall-screen"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    @Test
    void aBadPaperWidthIsNamed() {
        assertThat(run("printer", "--broker", "tcp://127.0.0.1:1883", "--id", "P1", "--simulate", "--paper", "72"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--paper must be 80 or 58");
    }

    @Test
    void aBadHallConfigFileIsNamed() {
        assertThat(run("hub", "--config", "/nonexistent/hall.yaml", "--http-port", "0", "--broker-port", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("hall.yaml");
    }

    @Test
    void theCallBenchRefusesAnUnknownStoreBeforeAnythingStarts() {
        assertThat(run("bench", "calls", "--store", "disk")).isEqualTo(2);
        assertThat(err.toString()).contains("--store must be sqlite or memory");
    }

    @Test
    void aBenchRemovesTheFolderItMadeForItselfOnceItSucceeded() throws Exception {
        java.nio.file.Path data = java.nio.file.Path.of("hall-data");
        java.util.Set<java.nio.file.Path> before = benchFolders(data);

        assertThat(run("bench", "queue", "--lifecycles", "20", "--windows", "2", "--services", "1")).isZero();

        assertThat(benchFolders(data)).isEqualTo(before);
    }

    private static java.util.Set<java.nio.file.Path> benchFolders(java.nio.file.Path data) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(data)) {
            return java.util.Set.of();
        }
        try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.list(data)) {
            return all.filter(p -> p.getFileName().toString().startsWith("bench-")).collect(java.util.stream.Collectors.toSet());
        }
    }
}
