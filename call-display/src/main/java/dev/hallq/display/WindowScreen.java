package dev.hallq.display;

import dev.hallq.agent.web.LiveView;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/**
 * The window screen (窗口屏): shows its window's retained state and confirms each new call as SHOWN once.
 * A call is new when its sequence number is above the last one shown, so the retained state that comes
 * back after a reconnect is shown again but never acknowledged twice.
 */
final class WindowScreen {
    private static final Logger LOG = LoggerFactory.getLogger(WindowScreen.class);

    private final String deviceId;
    private final int window;
    private final LiveView live;
    private final CallAcks acks;
    private final Inbound inbound;
    private WindowState latest;
    private long lastShownSeq;
    private int statesHeard;

    WindowScreen(String deviceId, int window, LiveView live, CallAcks acks, Inbound inbound) {
        this.deviceId = deviceId;
        this.window = window;
        this.live = live;
        this.acks = acks;
        this.inbound = inbound;
    }

    synchronized void onState(String topic, byte[] payload) {
        Optional<WindowState> read = inbound.read(topic, payload, WindowState.class);
        if (read.isEmpty()) {
            return;
        }
        WindowState state = read.get();
        if (state.window() != window) {
            LOG.warn("display {}: state of window {} on {} dropped, this screen shows window {}",
                    deviceId, state.window(), topic, window);
            return;
        }
        statesHeard++;
        latest = state;
        live.publish("window", Integer.toString(window), state);
        if (state.phase() == WindowPhase.CALLING && state.callSeq() > lastShownSeq) {
            lastShownSeq = state.callSeq();
            live.announce("flash", Map.of("seq", state.callSeq()));
            acks.shown(state.callSeq());
            LOG.info("display {}: window {} shows call #{} {}", deviceId, window, state.callSeq(), state.ticket().number());
        } else {
            if (state.callSeq() < lastShownSeq) {
                LOG.warn("display {}: window {} call sequence went back from {} to {}; not acknowledged",
                        deviceId, window, lastShownSeq, state.callSeq());
            }
            LOG.debug("display {}: window {} now {}", deviceId, window, state.phase());
        }
    }

    synchronized Optional<WindowState> state() {
        return Optional.ofNullable(latest);
    }

    /** Window states accepted so far, including retained ones heard again after a reconnect. */
    synchronized int statesHeard() {
        return statesHeard;
    }
}
