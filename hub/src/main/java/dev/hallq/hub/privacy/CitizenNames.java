package dev.hallq.hub.privacy;

import java.time.Instant;
import java.util.Optional;

/** Where the sealed names of real-name tickets are kept until purged; each backend passes {@code CitizenNamesContract}. */
public interface CitizenNames {

    /** Keeps a ticket's sealed name; a second keep of the same ticket changes nothing. */
    void keep(String ticketId, String sealed, Instant at);

    Optional<KeptName> find(String ticketId);

    /** Drops every name kept at or before {@code keptBefore} (the row stays, marked purged at {@code now}); returns how many. */
    int purgeKeptBefore(Instant keptBefore, Instant now);
}
