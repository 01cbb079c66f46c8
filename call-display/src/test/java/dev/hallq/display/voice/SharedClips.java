package dev.hallq.display.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The clip folder of the default wording, built once per test run with the real espeak-ng (about a second) and
 * shared read-only; tests that change clips work on a {@link #copy}.
 */
public final class SharedClips {
    private static Path dir;
    private static ClipBuilder.Report firstBuild;

    private SharedClips() {
    }

    /** The shared folder (built on first use). */
    public static synchronized Path dir() {
        if (dir == null) {
            EspeakSpeechTest.requireEspeakNg();
            try {
                Path built = Files.createTempDirectory("hallq-clips-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(built)));
                firstBuild = new ClipBuilder(EspeakSettings.defaults()).build(built, PhraseTemplates.defaults());
                dir = built;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** What building the shared folder did. */
    static synchronized ClipBuilder.Report firstBuild() {
        dir();
        return firstBuild;
    }

    /** A copy of the shared clips whose names pass {@code which}, in {@code target}. */
    public static Path copy(Path target, Predicate<String> which) {
        try (Stream<Path> files = Files.list(dir())) {
            Files.createDirectories(target);
            for (Path f : files.toList()) {
                if (which.test(f.getFileName().toString())) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of all shared clips in {@code target}. */
    public static Path copy(Path target) {
        return copy(target, name -> true);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is harmless
        }
    }
}
