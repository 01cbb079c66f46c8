package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stand-in executables (shell scripts) that misbehave the way a broken espeak-ng could. */
class EspeakProcessFaultsTest {

    @TempDir
    Path dir;

    private final Announcement a012 = new CallPhrases().announcement(1, "A012", 3, false);

    private Path script(String body) throws Exception {
        Path exe = dir.resolve("fake-espeak-ng");
        Files.writeString(exe, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwx------"));
        return exe;
    }

    @Test
    void failingEngineBecomesAFaultWithItsStderr() throws Exception {
        Path exe = script("echo 'audio engine exploded' >&2\nexit 3");
        EspeakSpeech speech = new EspeakSpeech(EspeakSettings.defaults().withExecutable(exe.toString())
                .keepingWavsIn(dir.resolve("out")).withoutPlayback());
        assertThat(speech.health().isOk()).isTrue();

        assertThatThrownBy(() -> speech.speak(a012)).isInstanceOf(SpeechFault.class)
                .hasMessageContaining("exited with 3").hasMessageContaining("audio engine exploded");
        assertThat(speech.health().status()).isEqualTo(VoiceHealth.Status.FAULT);
    }

    @Test
    void hangingEngineIsStoppedAfterTheTimeout() throws Exception {
        Path exe = script("exec tail -f /dev/null");
        EspeakSpeech speech = new EspeakSpeech(EspeakSettings.defaults().withExecutable(exe.toString())
                .withTimeout(Duration.ofMillis(300)).keepingWavsIn(dir.resolve("out")).withoutPlayback());

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> speech.speak(a012)).isInstanceOf(SpeechFault.class)
                        .hasMessageContaining("did not finish"));
        assertThat(speech.health().status()).isEqualTo(VoiceHealth.Status.FAULT);
    }

    @Test
    void engineThatWritesNoWavIsAFault() throws Exception {
        Path exe = script("exit 0");
        EspeakSpeech speech = new EspeakSpeech(EspeakSettings.defaults().withExecutable(exe.toString())
                .keepingWavsIn(dir.resolve("out")).withoutPlayback());
        assertThatThrownBy(() -> speech.speak(a012)).isInstanceOf(SpeechFault.class)
                .hasMessageContaining("no readable WAV");
    }

    @Test
    void settingsRejectNonsense() {
        assertThatThrownBy(() -> EspeakSettings.defaults().withVoice("cmn; rm -rf /"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EspeakSettings.defaults().withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EspeakSettings.defaults().withoutPlayback())
                .as("neither playing nor writing files").isInstanceOf(IllegalArgumentException.class);
    }
}
