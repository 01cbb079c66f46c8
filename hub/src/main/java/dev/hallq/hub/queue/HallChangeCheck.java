package dev.hallq.hub.queue;

import dev.hallq.hub.config.ConfigConflict;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.protocol.WindowPhase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether the running hall can take a new configuration: nothing in use may disappear — a service or bundle with
 * open tickets, a window that is not closed — and the hall's id stays. Reads the engine, changes nothing.
 */
final class HallChangeCheck {
    private HallChangeCheck() {
    }

    /** The windows the new configuration drops, all closed; or the conflict that refuses the change. */
    static List<Integer> windowsGone(QueueEngine engine, HallConfig next) throws ConfigConflict {
        HallConfig hall = engine.hall();
        if (!next.id().equals(hall.id())) {
            throw new ConfigConflict("hall.id is '" + hall.id() + "' and cannot change while the hall runs: its "
                    + "devices' topics are named by it");
        }
        Set<String> routes = new HashSet<>();
        next.services().forEach(x -> routes.add(x.id()));
        next.bundles().forEach(x -> routes.add(x.id()));
        Map<String, Integer> open = new TreeMap<>();
        for (Ticket t : engine.todayTickets()) {
            if (!t.state().isTerminal()) {
                open.merge(t.serviceId(), 1, Integer::sum);
                if (t.bundleId() != null) {
                    open.merge(t.bundleId(), 1, Integer::sum);
                }
            }
        }
        hall.services().forEach(x -> open.merge(x.id(), engine.waitingFor(x.id()), Math::max));
        for (Map.Entry<String, Integer> e : open.entrySet()) {
            if (!routes.contains(e.getKey()) && e.getValue() > 0) {
                throw new ConfigConflict("'" + e.getKey() + "' still has " + e.getValue()
                        + " open ticket(s); remove it once they are served or after day end");
            }
        }
        List<Integer> gone = new ArrayList<>();
        for (WindowConfig w : hall.windows()) {
            if (next.window(w.number()).isEmpty()) {
                WindowDesk d = engine.desk(w.number());
                if (d != null && (d.phase() != WindowPhase.CLOSED || d.ticketId() != null)) {
                    throw new ConfigConflict("window " + w.number() + " is " + d.phase()
                            + (d.staffNo() == null ? "" : " with staff " + d.staffNo()) + "; log out there before removing it");
                }
                gone.add(w.number());
            }
        }
        return gone;
    }
}
