package dev.hallq.display;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Whether the screen may trust what it shows: the hub is reachable ({@code HubWatch}) and has been heard
 * from within the allowed silence. Anything else puts up the offline banner, so a screen never shows stale
 * calls as if they were live. Time comes from the injected clock; {@link #check()} is called every second.
 */
final class HubFreshness {
    private static final Logger LOG = LoggerFactory.getLogger(HubFreshness.class);

    /** What the page's banner shows: online, or offline since when. */
    record HubView(boolean online, Instant since) {
    }

    private final String deviceId;
    private final Duration silence;
    private final Clock clock;
    private final Consumer<HubView> onChange;
    private Instant lastHeard;
    private boolean reachable;
    private HubView shown;

    HubFreshness(String deviceId, Duration silence, Clock clock, Consumer<HubView> onChange) {
        this.deviceId = deviceId;
        this.silence = silence;
        this.clock = clock;
        this.onChange = onChange;
    }

    /** A message (any subscribed topic, readable or not) arrived from the hub. */
    synchronized void heard() {
        lastHeard = clock.instant();
        update();
    }

    /** What HubWatch says: broker link up and hub status ONLINE. */
    synchronized void reachable(boolean now) {
        reachable = now;
        update();
    }

    /** Re-evaluates the silence against the clock. */
    synchronized void check() {
        update();
    }

    synchronized HubView view() {
        return shown;
    }

    synchronized boolean online() {
        return shown != null && shown.online();
    }

    private void update() {
        Instant now = clock.instant();
        boolean fresh = lastHeard != null && Duration.between(lastHeard, now).compareTo(silence) < 0;
        boolean online = reachable && fresh;
        if (shown != null && shown.online() == online) {
            return;
        }
        boolean first = shown == null;
        boolean onlySilent = reachable && lastHeard != null;
        shown = online ? new HubView(true, null) : new HubView(false, onlySilent ? lastHeard : now);
        if (online) {
            LOG.info("display {}: hub online", deviceId);
        } else if (first) {
            LOG.info("display {}: waiting to hear from the hub", deviceId);
        } else if (onlySilent) {
            LOG.warn("display {}: nothing heard from the hub since {} (more than {} s), showing the offline banner",
                    deviceId, lastHeard, silence.toSeconds());
        } else {
            LOG.warn("display {}: hub not reachable, showing the offline banner", deviceId);
        }
        onChange.accept(shown);
    }
}
