package dev.hallq.display.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a clip folder once: every clip of {@link ClipScript#inventory} that is not there yet is said by espeak-ng
 * (Mandarin, {@code cmn-latn-pinyin}), trimmed of its leading and trailing silence so the clips join without gaps,
 * and written under its name; the built-in chime is written as {@value ClipLibrary#CHIME}. Files already there —
 * a hall's own recordings, or clips made before — are never touched, so running it again only adds what new
 * wording needs.
 */
public final class ClipBuilder {

    /** Samples below this count as silence when trimming a generated clip (peak of espeak-ng speech ≈ 10,000+). */
    static final int SILENCE = 250;
    /** Quiet kept before and after a generated clip. */
    static final double MARGIN_SECONDS = 0.03;
    private static final Logger LOG = LoggerFactory.getLogger(ClipBuilder.class);

    /** What a build did: clips generated, clips already there (kept), clips that could not be made and why. */
    public record Report(List<String> generated, List<String> kept, Map<String, String> failed) {
        public Report {
            generated = List.copyOf(generated);
            kept = List.copyOf(kept);
            failed = Map.copyOf(failed);
        }

        public boolean complete() {
            return failed.isEmpty();
        }

        @Override
        public String toString() {
            return generated.size() + " generated, " + kept.size() + " kept"
                    + (failed.isEmpty() ? "" : ", " + failed.size() + " failed " + failed);
        }
    }

    private final EspeakSettings espeak;

    /** @param espeak the executable, the Mandarin voice and the time limit to use */
    public ClipBuilder(EspeakSettings espeak) {
        this.espeak = Objects.requireNonNull(espeak, "espeak");
    }

    /** Makes every clip {@code templates} need that {@code dir} lacks; never throws for a clip espeak-ng cannot say. */
    public Report build(Path dir, PhraseTemplates templates) throws IOException {
        Files.createDirectories(dir);
        EspeakProcess process = new EspeakProcess(espeak);
        List<String> generated = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put(ClipLibrary.CHIME, "");
        wanted.putAll(ClipScript.inventory(templates));
        for (Map.Entry<String, String> clip : wanted.entrySet()) {
            Path file = dir.resolve(clip.getKey());
            if (Files.exists(file)) {
                kept.add(clip.getKey());
                continue;
            }
            if (clip.getKey().equals(ClipLibrary.CHIME)) {
                Chime.standard().write(file);
                generated.add(clip.getKey());
                continue;
            }
            try {
                WavClip said = process.synthesize(espeak.voice(), EspeakPronunciation.forEspeak(espeak.voice(),
                        clip.getValue()));
                said.trimmed(SILENCE, MARGIN_SECONDS).write(file);
                generated.add(clip.getKey());
            } catch (SpeechFault e) {
                failed.put(clip.getKey(), e.getMessage());
                if (e instanceof EspeakProcess.NotInstalled) {
                    wanted.keySet().stream().filter(k -> !generated.contains(k) && !kept.contains(k)
                            && !Files.exists(dir.resolve(k))).forEach(k -> failed.putIfAbsent(k, e.getMessage()));
                    break;
                }
            }
        }
        Report report = new Report(generated, kept, failed);
        if (report.complete()) {
            LOG.info("clips in {}: {}", dir, report);
        } else {
            LOG.warn("clips in {}: {}; calls needing them are said live", dir, report);
        }
        return report;
    }
}
