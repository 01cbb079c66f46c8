package dev.hallq.display;

import dev.hallq.agent.web.LiveView;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The window screen (窗口屏): shows its window's retained state and confirms each new call as SHOWN once.
 * A call is new when its sequence number is above the last one shown, so the retained state that comes
 * back after a reconnect is shown again but never acknowledged twice.
 *
 * <p>A window removed from the hall has its retained state cleared by the hub (an empty message): the screen then
 * shows the window as not in use. The hub keeps a retained state for every window it has, and the broker hands it
 * over right after subscribing, so a window whose state has not come {@link #NO_STATE_GRACE} after a (re)connect is
 * not in use either: this also catches a window removed while the screen was away.
 */
final class WindowScreen {
    static final Duration NO_STATE_GRACE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(WindowScreen.class);

    private final String deviceId;
    private final int window;
    private final LiveView live;
    private final CallAcks acks;
    private final Inbound inbound;
    private final boolean citizenName;
    private final UnaryOperator<String> photoUrl;
    private final Clock clock;
    private WindowState latest;
    private WindowView shown;
    private long lastShownSeq;
    private int statesHeard;
    private Instant connectedAt;
    private boolean heardSinceConnect;

    WindowScreen(String deviceId, int window, LiveView live, CallAcks acks, Inbound inbound, boolean citizenName,
                 UnaryOperator<String> photoUrl, Clock clock) {
        this.clock = clock;
        this.deviceId = deviceId;
        this.window = window;
        this.live = live;
        this.acks = acks;
        this.inbound = inbound;
        this.citizenName = citizenName;
        this.photoUrl = photoUrl;
    }

    synchronized void onState(String topic, byte[] payload) {
        heardSinceConnect = true;
        if (payload.length == 0) {
            LOG.info("display {}: window {} was removed from the hall, showing it as not in use", deviceId, window);
            notInUse(clock.instant());
            return;
        }
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
        show(WindowView.of(state, citizenName, photoUrl));
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

    /**
     * The broker link is up (again): the window's retained state is due now. (It may even have been delivered just
     * before this is called, so only a disconnect forgets what was heard.)
     */
    synchronized void connected() {
        connectedAt = clock.instant();
    }

    synchronized void disconnected() {
        connectedAt = null;
        heardSinceConnect = false;
    }

    /** After a (re)connect without any state for this window in time, shows it as not in use. */
    synchronized void check() {
        Instant now = clock.instant();
        if (connectedAt == null || heardSinceConnect || Duration.between(connectedAt, now).compareTo(NO_STATE_GRACE) < 0) {
            return;
        }
        heardSinceConnect = true; // decided for this connection
        if (shown == null || shown.inUse()) {
            LOG.info("display {}: no state for window {} {} s after connecting: the hub has no such window",
                    deviceId, window, NO_STATE_GRACE.toSeconds());
            notInUse(now);
        }
    }

    synchronized Optional<WindowState> state() {
        return Optional.ofNullable(latest);
    }

    synchronized Optional<WindowView> view() {
        return Optional.ofNullable(shown);
    }

    /** False once the hub has said the window is gone (or never said it exists). */
    synchronized boolean inUse() {
        return shown == null || shown.inUse();
    }

    /** Window states accepted so far, including retained ones heard again after a reconnect. */
    synchronized int statesHeard() {
        return statesHeard;
    }

    private void notInUse(Instant since) {
        latest = null;
        show(WindowView.notInUse(window, since));
    }

    private void show(WindowView view) {
        shown = view;
        live.publish("window", Integer.toString(window), view);
    }
}
