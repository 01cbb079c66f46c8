package dev.hallq.hub.queue;

import dev.hallq.hub.store.Change;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.WindowPhase;

import java.time.Instant;
import java.util.List;

/** 一次一评: one rating per finished ticket, from the pad of the window that served it. */
final class RatingDesk {
    private final QueueEngine engine;

    RatingDesk(QueueEngine engine) {
        this.engine = engine;
    }

    Rated rate(RatingRecord rating) throws Refusal {
        Ticket ticket = engine.ticket(rating.ticketId())
                .orElseThrow(() -> new Refusal(ErrorCode.UNKNOWN_TICKET, "no ticket " + rating.ticketId()));
        if (ticket.state() != TicketState.FINISHED) {
            throw new Refusal(ErrorCode.WRONG_STATE, "ticket " + ticket.number() + " is " + ticket.state()
                    + ", only finished tickets are rated");
        }
        if (ticket.window() == null || ticket.window() != rating.window()) {
            throw new Refusal(ErrorCode.WRONG_STATE, "ticket " + ticket.number() + " was served at window "
                    + ticket.window() + ", not " + rating.window());
        }
        RatingRecord kept = engine.ratingOf(ticket.id()).orElse(null);
        if (kept != null) {
            return resent(kept, rating, ticket);
        }
        Instant now = engine.now();
        WindowDesk desk = engine.desk(rating.window());
        WindowDesk after = null;
        if (desk.phase() == WindowPhase.AWAITING_RATING && ticket.id().equals(desk.ticketId())) {
            after = desk.with(WindowPhase.IDLE, null, desk.callSeq(), null, now);
        }
        engine.record(Change.rating(rating, after == null ? List.of() : List.of(after),
                HallEvent.of(now, "RATED", ticket.id(), rating.window(), ticket.staffNo(), rating.level().name())));
        return new Rated(rating, ticket, after, false);
    }

    /** A rating for a rated ticket: harmless when it is the same request sent again, refused otherwise. */
    private Rated resent(RatingRecord kept, RatingRecord rating, Ticket ticket) throws Refusal {
        if (kept.requestId().equals(rating.requestId())) {
            return new Rated(kept, ticket, null, true);
        }
        throw new Refusal(ErrorCode.ALREADY_RATED, "ticket " + ticket.number() + " was already rated " + kept.level().zh());
    }
}
