package dev.hallq.demo;

import dev.hallq.evaluator.EvaluatorAgent;
import dev.hallq.evaluator.PadScreen;
import dev.hallq.evaluator.keys.PadKey;
import dev.hallq.evaluator.keys.SimulatedKeypad;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * A staff member at one window, pressing the pad's keys as a person would: call the next number when
 * idle, serve it for a while (or give up when nobody comes), finish; and the citizen in front of the
 * pad then presses a rating key (or walks away without rating).
 */
final class SimulatedStaff {
    private static final Duration RETRY_WHEN_EMPTY = Duration.ofSeconds(2);

    private final int window;
    private final EvaluatorAgent pad;
    private final SimulatedKeypad keys;
    private final VirtualHallSettings settings;
    private final Random random;
    private final Clock clock;
    private Instant nextMove;
    private long servingSeq = -1;
    private String ratedTicket;
    private String seenAwaiting;

    SimulatedStaff(int window, EvaluatorAgent pad, SimulatedKeypad keys, VirtualHallSettings settings, Random random,
                   Clock clock) {
        this.window = window;
        this.pad = pad;
        this.keys = keys;
        this.settings = settings;
        this.random = random;
        this.clock = clock;
        this.nextMove = clock.instant();
    }

    int window() {
        return window;
    }

    void tick() {
        WindowState state = pad.windowState().orElse(null);
        Instant now = clock.instant();
        if (state == null || now.isBefore(nextMove)) {
            return;
        }
        if (state.phase() == WindowPhase.IDLE) {
            keys.press(PadKey.NEXT);
            nextMove = now.plus(RETRY_WHEN_EMPTY);
        } else if (state.phase() == WindowPhase.CALLING) {
            serve(state, now);
        } else if (state.phase() == WindowPhase.AWAITING_RATING) {
            rateOrCallNext(state, now);
        }
    }

    private void serve(WindowState state, Instant now) {
        if (servingSeq != state.callSeq()) {
            servingSeq = state.callSeq();
            nextMove = now.plus(serviceTime());
            return;
        }
        keys.press(random.nextDouble() < 0.05 ? PadKey.NO_SHOW : PadKey.FINISH);
        nextMove = now.plusMillis(300);
    }

    private void rateOrCallNext(WindowState state, Instant now) {
        String ticket = state.ticket().id();
        if (!ticket.equals(seenAwaiting)) {
            seenAwaiting = ticket; // the citizen turns to the pad
            nextMove = now.plus(serviceTime().dividedBy(4));
            return;
        }
        if (!ticket.equals(ratedTicket)) {
            ratedTicket = ticket;
            if (pad.screen() == PadScreen.RATE && random.nextDouble() < 0.96) {
                keys.press(HallSimulation.ratingKey(random));
            }
            nextMove = now.plus(serviceTime().dividedBy(4));
            return;
        }
        keys.press(PadKey.NEXT);
        nextMove = now.plus(RETRY_WHEN_EMPTY);
    }

    private Duration serviceTime() {
        long min = settings.serviceTimeMin().toMillis();
        long max = settings.serviceTimeMax().toMillis();
        return Duration.ofMillis(min + (long) (random.nextDouble() * (max - min)));
    }
}
