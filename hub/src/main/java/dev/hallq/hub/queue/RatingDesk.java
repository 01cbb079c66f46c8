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

    QueueEngine.Rated rate(RatingRecord rating) throws Refusal {
        Ticket ticket = engine.store().ticket(rating.ticketId())
                .orElseThrow(() -> new Refusal(ErrorCode.UNKNOWN_TICKET, "no ticket " + rating.ticketId()));
        if (ticket.state() != TicketState.FINISHED) {
            throw new Refusal(ErrorCode.WRONG_STATE, "ticket " + ticket.number() + " is " + ticket.state()
                    + ", only finished tickets are rated");
        }
        if (ticket.window() == null || ticket.window() != rating.window()) {
            throw new Refusal(ErrorCode.WRONG_STATE, "ticket " + ticket.number() + " was served at window "
                    + ticket.window() + ", not " + rating.window());
        }
        Instant now = engine.now();
        RatingRecord stored = engine.store().rate(rating, HallEvent.of(now, "RATED", ticket.id(), rating.window(),
                ticket.staffNo(), rating.level().name()));
        boolean duplicate = stored != rating;
        if (duplicate && !stored.requestId().equals(rating.requestId())) {
            throw new Refusal(ErrorCode.ALREADY_RATED, "ticket " + ticket.number() + " was already rated "
                    + stored.level().zh());
        }
        WindowDesk desk = engine.desk(rating.window());
        WindowDesk after = null;
        if (desk.phase() == WindowPhase.AWAITING_RATING && ticket.id().equals(desk.ticketId())) {
            after = desk.with(WindowPhase.IDLE, null, desk.callSeq(), null, now);
            engine.commit(new Change(List.of(), List.of(after), List.of(), List.of()));
        }
        return new QueueEngine.Rated(stored, ticket, after, duplicate);
    }
}
