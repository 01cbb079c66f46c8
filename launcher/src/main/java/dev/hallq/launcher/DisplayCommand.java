package dev.hallq.launcher;

import dev.hallq.display.DisplayAgent;
import dev.hallq.display.DisplayConfig;
import dev.hallq.display.DisplayConfigFile;
import dev.hallq.display.DisplaySettings;
import dev.hallq.display.voice.ClipBuilder;
import dev.hallq.display.voice.ClipLibrary;
import dev.hallq.display.voice.EspeakSettings;
import dev.hallq.display.voice.EspeakSpeech;
import dev.hallq.display.voice.JavaSoundPlayer;
import dev.hallq.display.voice.SpeechOutput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "display", mixinStandardHelpOptions = true,
        description = "Run a call display agent: a window screen (--window N) or the hall screen (--hall-screen).")
final class DisplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AgentOptions agent;

    @ArgGroup(multiplicity = "1")
    Role role;

    static final class Role {
        @Option(names = "--window", description = "Show this window's calls (窗口屏).")
        Integer window;

        @Option(names = "--hall-screen", description = "Show the hall's latest calls and queues (综合屏).")
        boolean hall;
    }

    @Option(names = "--announce", description = "Speak calls (clips made with espeak-ng; with --simulate only written "
            + "as WAV files, never played).")
    boolean announce;

    @Option(names = "--config", paramLabel = "FILE", description = "The hall's display settings, YAML or JSON: notices, "
            + "citizenName, photos, voice (call/recall wording, secondLanguage none|en|yue, chime, maxBacklog); see "
            + "hardware-docs/call-display.md.")
    Path config;

    @Option(names = "--hub-silence", paramLabel = "SECONDS", defaultValue = "30",
            description = "Show the offline banner after this long without a word from the hub (default: ${DEFAULT-VALUE}).")
    long hubSilence;

    @Option(names = "--photos", paramLabel = "DIR", description = "Staff photos this screen serves for photo paths "
            + "such as /photos/0201.jpg (instead of the config file's photos).")
    Path photos;

    @Option(names = "--clips", paramLabel = "DIR", defaultValue = "${sys:user.home}/.hallq/clips",
            description = "The voice's clip folder: missing clips are made with espeak-ng at start, a hall's own "
                    + "recordings under the same names are kept (default: ${DEFAULT-VALUE}).")
    Path clips;

    @Option(names = "--live-voice", description = "Say every call live with espeak-ng instead of from clips.")
    boolean liveVoice;

    @Option(names = "--keep-wavs", paramLabel = "DIR", description = "Also write every announcement as "
            + "<seq>-<ticket>-w<window>.wav here (with --simulate: default a temporary folder).")
    Path keepWavs;

    @Option(names = "--build-clips", description = "Only make the missing clips in --clips for the wording of --config, "
            + "list them, and exit.")
    boolean buildClips;

    @Override
    public Integer call() {
        DisplayConfig display = config == null ? DisplayConfig.defaults() : DisplayConfigFile.load(config);
        if (photos != null) {
            display = display.withPhotos(photos);
        }
        if (buildClips) {
            ClipBuilder.Report report = buildClips(display, espeak(display));
            spec.commandLine().getOut().println("clips in " + clips + ": " + report);
            return report.complete() ? 0 : 1;
        }
        DisplaySettings settings = (role.window != null ? DisplaySettings.window(agent.settings(), role.window)
                : DisplaySettings.hall(agent.settings(), announce))
                .withHubSilence(Duration.ofSeconds(hubSilence)).withConfig(display);
        if (announce && role.window != null) {
            throw new IllegalArgumentException("--announce is for the hall screen only, not for window " + role.window);
        }
        DisplayAgent screen = DisplayAgent.start(settings, announce ? speech(display) : null, Clock.systemDefaultZone());
        return RunUntilStopped.run("display " + agent.id + " (page " + screen.pageUrl() + ")", screen);
    }

    private SpeechOutput speech(DisplayConfig display) {
        EspeakSettings espeak = espeak(display);
        ClipLibrary library = null;
        if (!liveVoice) {
            buildClips(display, espeak);
            library = new ClipLibrary(clips);
        }
        return new EspeakSpeech(espeak, library, new JavaSoundPlayer());
    }

    private EspeakSettings espeak(DisplayConfig display) {
        EspeakSettings espeak = EspeakSettings.defaults().withChime(display.voice().chime());
        Path keep = keepWavs;
        if (keep == null && agent.simulate) {
            keep = Path.of(System.getProperty("java.io.tmpdir"), "hallq-announcements-" + agent.id);
        }
        if (keep != null) {
            espeak = espeak.keepingWavsIn(keep);
        }
        return agent.simulate ? espeak.withoutPlayback() : espeak;
    }

    private ClipBuilder.Report buildClips(DisplayConfig display, EspeakSettings espeak) {
        try {
            return new ClipBuilder(espeak).build(clips, display.voice().templates());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the clip folder " + clips + ": " + e.getMessage(), e);
        }
    }
}
