package dev.hallq.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The display command's own options; nothing here connects to a broker. */
class DisplayCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cli = HallCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void buildClipsMakesTheHallsClipsOnceAndExits() throws Exception {
        Path config = Files.writeString(dir.resolve("display.yaml"), "voice:\n  call: 请{ticket}号到{window}号窗口\n");
        Path clips = dir.resolve("clips");

        assertThat(run("display", "--broker", "tcp://127.0.0.1:1", "--id", "HS", "--hall-screen", "--build-clips",
                "--clips", clips.toString(), "--config", config.toString())).isZero();

        assertThat(out.toString()).contains("clips in " + clips).contains("generated, 0 kept");
        assertThat(clips.resolve("word-号窗口.wav")).exists();
        assertThat(clips.resolve("digit-0.wav")).exists();
        assertThat(clips.resolve("chime.wav")).exists();

        assertThat(run("display", "--broker", "tcp://127.0.0.1:1", "--id", "HS", "--hall-screen", "--build-clips",
                "--clips", clips.toString(), "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("0 generated");
    }

    @Test
    void aBadConfigFileIsNamed() throws Exception {
        Path config = Files.writeString(dir.resolve("display.yaml"), "voice:\n  secondLanguage: fr\n");
        assertThat(run("display", "--broker", "tcp://127.0.0.1:1", "--id", "HS", "--hall-screen",
                "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("display.yaml").contains("none, en or yue");
    }

    @Test
    void theHubSilenceMustBePositive() {
        assertThat(run("display", "--broker", "tcp://127.0.0.1:1", "--id", "S1", "--window", "1", "--hub-silence", "0"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--hub-silence must be positive");
    }

    @Test
    void aWindowScreenDoesNotSpeak() {
        assertThat(run("display", "--broker", "tcp://127.0.0.1:1", "--id", "S1", "--window", "1", "--announce"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--announce is for the hall screen only");
    }
}
