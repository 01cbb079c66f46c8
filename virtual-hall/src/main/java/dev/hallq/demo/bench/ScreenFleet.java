package dev.hallq.demo.bench;

import dev.hallq.agent.AgentSettings;
import dev.hallq.display.DisplayAgent;
import dev.hallq.display.DisplaySettings;
import dev.hallq.display.voice.RecordingSpeech;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The call bench's screens in a JVM of their own ({@code --screens-apart}), as in a hall, where each screen is its own
 * machine: every window screen and the hall screen with its recording announcer, against the bench's broker. Prints
 * {@code READY n} once every screen hears the hub, runs until its standard input closes, then stops them.
 */
public final class ScreenFleet {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScreenFleet.class);
    static final String READY = "READY";

    private ScreenFleet() {
    }

    /** @param args the broker URI and the number of windows */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            LOG.error("usage: ScreenFleet tcp://HOST:PORT WINDOWS");
            System.exit(2);
        }
        List<DisplayAgent> screens = start(args[0], Integer.parseInt(args[1]));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!screens.stream().allMatch(DisplayAgent::hubOnline)) {
            if (System.nanoTime() > deadline) {
                LOG.error("not every screen heard the hub in 120 s");
                System.exit(1);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        // the one line the bench waits for, on standard output (the log may go there too; the bench looks for this line)
        System.out.println(READY + " " + screens.size());
        System.out.flush();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (in.readLine() != null) {
                // the bench closes our input when it is done
            }
        }
        screens.forEach(DisplayAgent::close);
        System.exit(0);
    }

    /** Every window's screen and the hall screen, started and connecting. */
    static List<DisplayAgent> start(String broker, int windows) {
        List<DisplayAgent> screens = new ArrayList<>();
        for (int w = 1; w <= windows; w++) {
            screens.add(DisplayAgent.start(DisplaySettings.window(agent(broker, "S" + w), w), new RecordingSpeech(),
                    Clock.systemUTC()));
        }
        screens.add(DisplayAgent.start(DisplaySettings.hall(agent(broker, CallBench.HALL_SCREEN), true),
                new RecordingSpeech(), Clock.systemUTC()));
        return screens;
    }

    static AgentSettings agent(String broker, String id) {
        return new AgentSettings(broker, BenchHallFile.HALL_ID, id, "127.0.0.1", 0, true);
    }
}
