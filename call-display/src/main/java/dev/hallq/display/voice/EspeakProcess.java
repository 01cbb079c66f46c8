package dev.hallq.display.voice;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs espeak-ng once per phrase: {@code espeak-ng -v <voice> -b 1 -f <text.txt> -w <out.wav>}.
 *
 * <p>The text goes through a UTF-8 file rather than the command line: under a C/POSIX locale
 * the JVM would turn Chinese arguments into "?".
 */
final class EspeakProcess {

    private static final Logger LOG = LoggerFactory.getLogger(EspeakProcess.class);
    private static final int MAX_STDERR_CHARS = 500;

    /** espeak-ng could not be started at all. */
    static final class NotInstalled extends SpeechFault {
        private static final long serialVersionUID = 1L;

        NotInstalled(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final EspeakSettings settings;

    EspeakProcess(EspeakSettings settings) {
        this.settings = settings;
    }

    /** Whether the executable exists: as a path when it contains a separator, else on PATH. */
    boolean installed() {
        String exe = settings.executable();
        if (exe.contains(File.separator)) {
            return Files.isExecutable(Path.of(exe));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, exe)));
    }

    /** Synthesizes {@code text} in the configured voice and returns the sound. */
    WavClip synthesize(String text) throws SpeechFault {
        return synthesize(settings.voice(), text);
    }

    /** Synthesizes {@code text} in {@code voice} (e.g. {@code en}, {@code yue}) and returns the sound. */
    WavClip synthesize(String voice, String text) throws SpeechFault {
        Path work;
        try {
            work = Files.createTempDirectory("hallq-espeak-");
        } catch (IOException e) {
            throw new SpeechFault("cannot create a temporary directory for espeak-ng", e);
        }
        try {
            return synthesizeIn(work, voice, text);
        } finally {
            deleteQuietly(work);
        }
    }

    private WavClip synthesizeIn(Path work, String voice, String text) throws SpeechFault {
        Path textFile = work.resolve("text.txt");
        Path wav = work.resolve("speech.wav");
        Path stderr = work.resolve("stderr.txt");
        try {
            Files.writeString(textFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpeechFault("cannot write the text for espeak-ng", e);
        }
        List<String> command = List.of(settings.executable(), "-v", voice, "-b", "1",
                "-f", textFile.toString(), "-w", wav.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new NotInstalled("cannot run " + settings.executable() + ": " + e.getMessage(), e);
        }
        int exit = await(process);
        String errors = readStderr(stderr);
        if (exit != 0) {
            throw new SpeechFault("espeak-ng exited with " + exit + (errors.isEmpty() ? "" : ": " + errors));
        }
        if (!errors.isEmpty()) {
            LOG.warn("espeak-ng succeeded but wrote to stderr: {}", errors);
        }
        try {
            return WavClip.read(wav);
        } catch (IOException e) {
            throw new SpeechFault("espeak-ng produced no readable WAV", e);
        }
    }

    private int await(Process process) throws SpeechFault {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new SpeechFault("espeak-ng did not finish within " + settings.timeout());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SpeechFault("interrupted while espeak-ng was running", e);
        } catch (IOException e) {
            process.destroyForcibly();
            throw new SpeechFault("cannot talk to espeak-ng", e);
        }
    }

    private static String readStderr(Path stderr) {
        try {
            String s = Files.readString(stderr, StandardCharsets.UTF_8).strip();
            return s.length() > MAX_STDERR_CHARS ? s.substring(0, MAX_STDERR_CHARS) + "…" : s;
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("could not clean up {}", dir, e);
        }
    }
}
