package dev.hallq.hub.export;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.queue.CitizenMark;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.protocol.RatingLevel;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a stored rating into its export record: pure, no I/O. */
public final class RatingExports {
    /** 评价时间 as GB/T 39046 writes it. */
    public static final DateTimeFormatter RATED_AT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    public static final String ANONYMOUS = "匿名";

    private final ExportSettings settings;

    public RatingExports(ExportSettings settings) {
        this.settings = settings;
    }

    /** The idempotency key of a ticket's rating: a ticket is rated once, so hall and ticket name the record. */
    public static String idOf(String hallId, String ticketId) {
        return "rating:" + hallId + ":" + ticketId;
    }

    public RatingExport of(HallConfig hall, RatingRecord rating, Ticket ticket, Optional<CitizenMark> citizen) {
        if (!rating.ticketId().equals(ticket.id())) {
            throw new IllegalArgumentException("rating of " + rating.ticketId() + " given with ticket " + ticket.id());
        }
        String serviceName = hall.service(ticket.serviceId()).map(ServiceConfig::name).orElse(ticket.serviceId());
        String rater = citizen.map(CitizenMark::maskedName).filter(n -> !n.isBlank()).orElse(ANONYMOUS);
        return new RatingExport(idOf(hall.id(), ticket.id()), RatingExport.SCHEMA, ticket.id(),
                RatingExport.Channel.of(settings.channelCode()), rater, citizen.isPresent(),
                RATED_AT.format(rating.ratedAt().atZone(hall.zone())), 1, satisfaction(rating.level()),
                text(rating.comment(), rating.reasons()), rating.reasons(), blankToNull(rating.comment()),
                settings.areaCode(), hall.id(), rating.window(), ticket.staffNo(), ticket.serviceId(), serviceName);
    }

    static RatingExport.Satisfaction satisfaction(RatingLevel level) {
        return new RatingExport.Satisfaction(level.zh(), level.en(), level.name(), level.gbt39046Code(),
                level.provincialCode(), level.isBad());
    }

    /** 文字评价: the citizen's words, then the reasons picked (原因：…、…); empty when there are neither. */
    static String text(String comment, List<String> reasons) {
        List<String> parts = new ArrayList<>();
        if (comment != null && !comment.isBlank()) {
            parts.add(comment.strip());
        }
        if (!reasons.isEmpty()) {
            parts.add("原因：" + String.join("、", reasons));
        }
        return String.join("；", parts);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
