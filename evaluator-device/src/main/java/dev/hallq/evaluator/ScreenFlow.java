package dev.hallq.evaluator;

import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Which screen the pad shows, from its window's state and the time (一次一评): RATE while the window awaits
 * the rating of a ticket this pad has not closed yet, THANKS for a few seconds after a rating, STAFF
 * otherwise. A ticket is closed once it is rated, once nobody rated it within the rating timeout (it stays
 * unrated: the pad never invents a rating), or once the window moved on without a rating. Not thread-safe:
 * the agent thread alone drives it.
 */
final class ScreenFlow {
    static final Duration THANKS_FOR = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(ScreenFlow.class);
    private static final int CLOSED_REMEMBERED = 256;

    private final int window;
    private final Duration ratingTimeout;
    private final Set<String> closedTickets = new LinkedHashSet<>();
    private WindowState latest;
    private PadScreen screen = PadScreen.STAFF;
    private TicketInfo asking;
    private Instant until;

    ScreenFlow(int window, Duration ratingTimeout) {
        this.window = window;
        this.ratingTimeout = ratingTimeout;
    }

    PadScreen screen() {
        return screen;
    }

    /** The ticket the pad asks a rating for, while on RATE. */
    Optional<TicketInfo> asking() {
        return Optional.ofNullable(asking);
    }

    boolean closed(String ticketId) {
        return closedTickets.contains(ticketId);
    }

    /** Takes the window's new state; true when the screen or the ticket asked about changed. */
    boolean onWindow(WindowState state, Instant now) {
        latest = state;
        return settle(now);
    }

    /** The citizen rated the ticket asked about: THANKS for {@link #THANKS_FOR}. */
    void rated(Instant now) {
        if (screen != PadScreen.RATE || asking == null) {
            throw new IllegalStateException("no rating is asked for on window " + window);
        }
        close(asking.id());
        asking = null;
        screen = PadScreen.THANKS;
        until = now.plus(THANKS_FOR);
    }

    /** Ends RATE or THANKS when their time is up; true when the screen changed. */
    boolean tick(Instant now) {
        if (until == null || now.isBefore(until)) {
            return false;
        }
        if (screen == PadScreen.RATE) {
            LOG.info("window {}: ticket {} not rated within {} s; it stays unrated", window, asking.number(),
                    ratingTimeout.toSeconds());
            close(asking.id());
        }
        toStaff();
        settle(now);
        return true;
    }

    private boolean settle(Instant now) {
        PadScreen screenBefore = screen;
        TicketInfo askingBefore = asking;
        if (wantsRating()) {
            if (screen != PadScreen.RATE || !asking.id().equals(latest.ticket().id())) {
                if (screen == PadScreen.RATE) {
                    leaveUnrated("ticket " + latest.ticket().number() + " now awaits its rating");
                }
                screen = PadScreen.RATE;
                asking = latest.ticket();
                until = now.plus(ratingTimeout);
                LOG.info("window {}: asking the citizen to rate ticket {}", window, asking.number());
            }
        } else if (screen == PadScreen.RATE) {
            leaveUnrated("the window is now " + (latest == null ? "unknown" : latest.phase()));
            toStaff();
        }
        return screenBefore != screen || askingBefore != asking;
    }

    private boolean wantsRating() {
        return latest != null && latest.phase() == WindowPhase.AWAITING_RATING && !closed(latest.ticket().id());
    }

    private void leaveUnrated(String why) {
        LOG.info("window {}: ticket {} left unrated: {}", window, asking.number(), why);
        close(asking.id());
    }

    private void toStaff() {
        screen = PadScreen.STAFF;
        asking = null;
        until = null;
    }

    private void close(String ticketId) {
        closedTickets.add(ticketId);
        if (closedTickets.size() > CLOSED_REMEMBERED) {
            Iterator<String> oldest = closedTickets.iterator();
            oldest.next();
            oldest.remove();
        }
    }
}
