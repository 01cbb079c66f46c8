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
 * Some of the call bench's screens in a JVM of their own ({@code --screens-apart}), as in a hall, where each screen is
 * its own machine: the window screens of a range of windows, or the hall screen with its recording announcer, against
 * the bench's broker. Prints {@code READY n} once every screen hears the hub, runs until its standard input closes,
 * then stops them.
 */
public final class ScreenFleet {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScreenFleet.class);
    static final String READY = "READY";

    private ScreenFleet() {
    }

    /** @param args the broker URI and the first and last window whose screens run here; 0 0 for the hall screen */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            LOG.error("usage: ScreenFleet tcp://HOST:PORT FIRST_WINDOW LAST_WINDOW (0 0: the hall screen)");
            System.exit(2);
        }
        int first = Integer.parseInt(args[1]);
        int last = Integer.parseInt(args[2]);
        List<DisplayAgent> screens = first == 0 ? List.of(hallScreen(args[0])) : windowScreens(args[0], first, last);
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
        List<DisplayAgent> screens = new ArrayList<>(windowScreens(broker, 1, windows));
        screens.add(hallScreen(broker));
        return screens;
    }

    private static List<DisplayAgent> windowScreens(String broker, int first, int last) {
        List<DisplayAgent> screens = new ArrayList<>();
        for (int w = first; w <= last; w++) {
            screens.add(DisplayAgent.start(DisplaySettings.window(agent(broker, "S" + w), w), new RecordingSpeech(),
                    Clock.systemUTC()));
        }
        return screens;
    }

    private static DisplayAgent hallScreen(String broker) {
        return DisplayAgent.start(DisplaySettings.hall(agent(broker, CallBench.HALL_SCREEN), true),
                new RecordingSpeech(), Clock.systemUTC());
    }

    static AgentSettings agent(String broker, String id) {
        return new AgentSettings(broker, BenchHallFile.HALL_ID, id, "127.0.0.1", 0, true);
    }
}
