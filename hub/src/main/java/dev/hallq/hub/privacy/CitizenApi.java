package dev.hallq.hub.privacy;

import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.access.Session;
import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.admin.Role;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.queue.CitizenMark;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.store.HallStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code GET /api/tickets/{id}/citizen?reason=…}: the full name and ID tail of a real-name ticket's citizen, for duty
 * managers, managers and admins, and for staff of the window that served the ticket. Every view is audited (who, when,
 * which ticket, why) before the name leaves the hub: if the audit line cannot be stored, the name is not shown.
 */
public final class CitizenApi {
    private static final int LONGEST_REASON = 500;

    private final HallStore store;
    private final Supplier<HallConfig> hall;
    private final CitizenPrivacy privacy;
    private final Consumer<AuditEntry> audit;
    private final Clock clock;

    /** @param audit stores an audit line durably before it returns (through the hall office's {@code keep}) */
    public CitizenApi(HallStore store, Supplier<HallConfig> hall, CitizenPrivacy privacy, Consumer<AuditEntry> audit,
                      Clock clock) {
        this.store = store;
        this.hall = hall;
        this.privacy = privacy;
        this.audit = audit;
        this.clock = clock;
    }

    public void routes(RoutesConfig r) {
        r.get("/api/tickets/{id}/citizen", this::citizen);
    }

    private void citizen(Context ctx) {
        Session s = AccessWeb.require(ctx, Role.DUTY_MANAGER, Role.MANAGER, Role.ADMIN, Role.STAFF);
        String reason = ctx.queryParam("reason");
        if (reason == null || reason.isBlank() || reason.length() > LONGEST_REASON) {
            ctx.status(HttpStatus.BAD_REQUEST).json(error("REASON_REQUIRED",
                    "say why you need the name: ?reason=… (1-" + LONGEST_REASON + " characters); it goes to the audit trail"));
            return;
        }
        String id = ctx.pathParam("id");
        Ticket ticket = store.ticket(id).orElse(null);
        if (ticket == null) {
            ctx.status(HttpStatus.NOT_FOUND).json(error("UNKNOWN_TICKET", "no ticket " + id));
            return;
        }
        if (s.role() == Role.STAFF && !servedByTheirWindow(s.staffNo(), ticket)) {
            ctx.status(HttpStatus.FORBIDDEN).json(error("FORBIDDEN", "staff see the citizens of tickets served by "
                    + "themselves or at their own window (A or B staff); ticket " + ticket.number() + " is not one"));
            return;
        }
        CitizenMark mark = store.citizensOn(ticket.day()).stream().filter(m -> m.ticketId().equals(id)).findFirst()
                .orElse(null);
        if (mark == null) {
            ctx.status(HttpStatus.NOT_FOUND).json(error("NOT_REAL_NAME",
                    "ticket " + ticket.number() + " was taken without an ID card: the hub knows no citizen for it"));
            return;
        }
        CitizenPrivacy.Name name = privacy.name(id);
        if (name instanceof CitizenPrivacy.Purged p) {
            ctx.status(HttpStatus.GONE).json(gone("NAME_PURGED", "the full name of ticket " + ticket.number()
                    + " was purged " + p.purgedAt() + ", " + privacy.keepNamesDays()
                    + " days after it was kept (office.privacy.keepNamesDays); only the masked name remains", mark));
            return;
        }
        if (name instanceof CitizenPrivacy.NotKept) {
            ctx.status(HttpStatus.GONE).json(gone("NAME_NOT_KEPT", "the hub kept no full name for ticket "
                    + ticket.number() + (privacy.keepNamesDays() == 0 ? " (office.privacy.keepNamesDays is 0)" : "")
                    + "; only the masked name remains", mark));
            return;
        }
        CitizenPrivacy.Known known = (CitizenPrivacy.Known) name;
        try {
            audit.accept(new AuditEntry(clock.instant(), s.username(), "VIEWED_CITIZEN", id, "reason: " + reason.strip()));
        } catch (RuntimeException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(error("AUDIT_FAILED",
                    "the view could not be audited, so the name is not shown: " + e.getMessage()));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ticketId", id);
        body.put("number", ticket.number());
        body.put("name", known.name());
        body.put("idTail", tail(mark.maskedId()));
        body.put("maskedName", mark.maskedName());
        body.put("maskedId", mark.maskedId());
        body.put("keptUntil", known.keptUntil().toString());
        ctx.header("Cache-Control", "no-store").json(body);
    }

    /** The ticket was served by this staff member, or at a window where they are the A or B staff. */
    private boolean servedByTheirWindow(String staffNo, Ticket ticket) {
        if (staffNo == null || ticket.window() == null) {
            return false;
        }
        if (staffNo.equals(ticket.staffNo())) {
            return true;
        }
        return hall.get().window(ticket.window()).map(w -> (w.staff() != null && staffNo.equals(w.staff().staffNo()))
                || (w.backup() != null && staffNo.equals(w.backup().staffNo()))).orElse(false);
    }

    /** The last 4 characters of the masked ID number: what a person may read out to check a citizen. */
    static String tail(String maskedId) {
        return maskedId == null || maskedId.length() < 4 ? "" : maskedId.substring(maskedId.length() - 4);
    }

    private static Map<String, Object> gone(String code, String message, CitizenMark mark) {
        Map<String, Object> body = new LinkedHashMap<>(error(code, message));
        body.put("maskedName", mark.maskedName());
        body.put("idTail", tail(mark.maskedId()));
        return body;
    }

    private static Map<String, String> error(String code, String message) {
        return Map.of("error", code, "message", message);
    }
}
