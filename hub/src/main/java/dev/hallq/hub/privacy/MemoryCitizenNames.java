package dev.hallq.hub.privacy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The names of a hub that keeps everything in memory. */
public final class MemoryCitizenNames implements CitizenNames {
    private final Map<String, KeptName> names = new HashMap<>();

    @Override
    public synchronized void keep(String ticketId, String sealed, Instant at) {
        names.putIfAbsent(ticketId, new KeptName(ticketId, sealed, at, null));
    }

    @Override
    public synchronized Optional<KeptName> find(String ticketId) {
        return Optional.ofNullable(names.get(ticketId));
    }

    @Override
    public synchronized int purgeKeptBefore(Instant keptBefore, Instant now) {
        int purged = 0;
        for (KeptName n : names.values()) {
            if (!n.purged() && !n.keptAt().isAfter(keptBefore)) {
                names.put(n.ticketId(), new KeptName(n.ticketId(), null, n.keptAt(), now));
                purged++;
            }
        }
        return purged;
    }
}
