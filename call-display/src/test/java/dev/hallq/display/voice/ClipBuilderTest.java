package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real espeak-ng once per test run (see {@link SharedClips}). */
class ClipBuilderTest {

    @TempDir
    Path dir;

    @Test
    void buildsEveryClipOnceAsAnAudibleTrimmedMandarinWav() throws Exception {
        Path clips = SharedClips.dir();
        Map<String, String> wanted = ClipScript.inventory(PhraseTemplates.defaults());
        assertThat(SharedClips.firstBuild().complete()).isTrue();
        assertThat(SharedClips.firstBuild().generated()).hasSize(wanted.size() + 1).contains(ClipLibrary.CHIME);

        for (String file : wanted.keySet()) {
            WavClip clip = WavClip.read(clips.resolve(file));
            assertThat(clip.format().matches(WavClip.ESPEAK_FORMAT)).as(file + " format").isTrue();
            assertThat(clip.seconds()).as(file + " duration").isBetween(0.08, 1.6);
            assertThat(clip.peak()).as(file + " is audible").isGreaterThan(3_000);
            WavClip again = clip.trimmed(ClipBuilder.SILENCE, ClipBuilder.MARGIN_SECONDS);
            assertThat(again.frames()).as(file + " has no silence left to trim").isEqualTo(clip.frames());
        }
        assertThat(WavClip.read(clips.resolve(ClipLibrary.CHIME)).pcm()).isEqualTo(Chime.standard().pcm());
        assertThat(WavClip.read(clips.resolve("word-号窗口办理.wav")).seconds())
                .as("a five-character word is longer than one digit")
                .isGreaterThan(WavClip.read(clips.resolve("digit-1.wav")).seconds() * 2);
    }

    @Test
    void aSecondBuildMakesNothingAndAHallsOwnRecordingIsNeverOverwritten() throws Exception {
        Path clips = SharedClips.copy(dir.resolve("clips"), name -> !name.equals("digit-7.wav"));
        WavClip hallRecording = WavClip.silence(WavClip.ESPEAK_FORMAT, 0.4).append(Chime.standard());
        hallRecording.write(clips.resolve("word-请.wav"));
        byte[] before = Files.readAllBytes(clips.resolve("word-请.wav"));

        ClipBuilder.Report report = new ClipBuilder(EspeakSettings.defaults()).build(clips, PhraseTemplates.defaults());

        assertThat(report.generated()).containsExactly("digit-7.wav");
        assertThat(report.kept()).contains("word-请.wav", ClipLibrary.CHIME).hasSize(SharedClips.firstBuild().generated().size() - 1);
        assertThat(Files.readAllBytes(clips.resolve("word-请.wav"))).isEqualTo(before);
        assertThat(WavClip.read(clips.resolve("digit-7.wav")).peak()).isGreaterThan(3_000);
    }

    @Test
    void newWordingOnlyAddsItsNewWords() throws Exception {
        Path clips = SharedClips.copy(dir.resolve("clips"));
        ClipBuilder.Report report = new ClipBuilder(EspeakSettings.defaults()).build(clips,
                new PhraseTemplates("请{ticket}号到{window}号窗口", "请{ticket}号再到{window}号窗口"));
        assertThat(report.generated()).containsExactlyInAnyOrder("word-号窗口.wav", "word-号再到.wav");
    }

    @Test
    void withoutEspeakNgNothingIsMadeAndTheReportSaysWhy() throws Exception {
        ClipBuilder.Report report = new ClipBuilder(EspeakSettings.defaults()
                .withExecutable(dir.resolve("no-espeak-ng").toString())).build(dir.resolve("clips"), PhraseTemplates.defaults());
        assertThat(report.complete()).isFalse();
        assertThat(report.generated()).containsExactly(ClipLibrary.CHIME);
        assertThat(report.failed()).containsKey("digit-0.wav").hasSize(ClipScript.inventory(PhraseTemplates.defaults()).size());
        assertThat(report.failed().get("word-请.wav")).contains("cannot run");
    }
}
