package dev.hallq.launcher;

import dev.hallq.display.DisplayAgent;
import dev.hallq.display.DisplaySettings;
import dev.hallq.display.voice.EspeakSettings;
import dev.hallq.display.voice.EspeakSpeech;
import dev.hallq.display.voice.RecordingSpeech;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "display", mixinStandardHelpOptions = true,
        description = "Run a call display agent: a window screen (--window N) or the hall screen (--hall-screen).")
final class DisplayCommand implements Callable<Integer> {
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

    @Option(names = "--announce", description = "Speak calls (espeak-ng; a WAV-recording voice with --simulate).")
    boolean announce;

    @Override
    public Integer call() {
        DisplaySettings settings = role.window != null ? DisplaySettings.window(agent.settings(), role.window)
                : DisplaySettings.hall(agent.settings(), announce);
        DisplayAgent display = DisplayAgent.start(settings,
                agent.simulate ? new RecordingSpeech() : new EspeakSpeech(EspeakSettings.defaults()), Clock.systemDefaultZone());
        return RunUntilStopped.run("display " + agent.id + " (page " + display.pageUrl() + ")", display);
    }
}
