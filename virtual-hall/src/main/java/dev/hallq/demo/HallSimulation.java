package dev.hallq.demo;

import dev.hallq.evaluator.keys.PadKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Simulated citizens and staff. They act only through the devices' own inputs — a touch on a kiosk, a
 * key on a pad — so everything they cause travels over MQTT like a real person's press.
 */
final class HallSimulation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HallSimulation.class);
    private static final long TICK_MS = 100;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hall-simulation");
        t.setDaemon(true);
        return t;
    });
    private final CitizenStream citizens;
    private final List<SimulatedStaff> staff = new ArrayList<>();

    private HallSimulation(VirtualHall hall, VirtualHallSettings settings, Clock clock) {
        Random random = new Random(settings.seed());
        this.citizens = new CitizenStream(hall, settings.meanArrival(), random, clock);
        for (int window : hall.pads().keySet()) {
            if (window != VirtualHall.MANUAL_WINDOW) {
                staff.add(new SimulatedStaff(window, hall.pads().get(window), hall.keypad(window), settings,
                        new Random(random.nextLong()), clock));
            }
        }
    }

    static HallSimulation start(VirtualHall hall, VirtualHallSettings settings, Clock clock) {
        HallSimulation simulation = new HallSimulation(hall, settings, clock);
        simulation.timer.scheduleAtFixedRate(simulation::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        LOG.info("simulated citizens arrive every ~{} ms; simulated staff serve windows {}",
                settings.meanArrival().toMillis(), simulation.staff.stream().map(SimulatedStaff::window).toList());
        return simulation;
    }

    private void tick() {
        try {
            citizens.tick();
            staff.forEach(SimulatedStaff::tick);
        } catch (RuntimeException e) {
            LOG.warn("simulation step failed: {}", e.getMessage(), e);
        }
    }

    /** The rating a simulated citizen gives: mostly satisfied, a few bad ones, as in the seed reports. */
    static PadKey ratingKey(Random random) {
        double r = random.nextDouble();
        if (r < 0.70) {
            return PadKey.VERY_SATISFIED;
        } else if (r < 0.90) {
            return PadKey.SATISFIED;
        } else if (r < 0.97) {
            return PadKey.BASICALLY_SATISFIED;
        } else if (r < 0.99) {
            return PadKey.DISSATISFIED;
        }
        return PadKey.VERY_DISSATISFIED;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
