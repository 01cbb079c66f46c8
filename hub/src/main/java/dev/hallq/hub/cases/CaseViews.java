package dev.hallq.hub.cases;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.StaffConfig;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A case as the API and the page see it, and the bare notice the event stream carries. */
final class CaseViews {
    private final Supplier<HallConfig> hall;

    CaseViews(Supplier<HallConfig> hall) {
        this.hall = hall;
    }

    Map<String, Object> of(BadRatingCase c, Instant now, ZoneId zone) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id());
        v.put("ticketId", c.ticketId());
        v.put("ticketNumber", c.ticketNumber());
        v.put("ticketDay", c.ticketDay());
        v.put("window", c.window());
        v.put("staffNo", c.staffNo());
        if (c.staffNo() != null) {
            hall.get().staffMember(c.staffNo()).map(StaffConfig::name).ifPresent(n -> v.put("staffName", n));
        }
        v.put("serviceId", c.serviceId());
        v.put("serviceName", c.serviceName());
        v.put("department", c.department());
        v.put("level", c.level());
        v.put("reasons", c.reasons());
        v.put("comment", c.comment());
        v.put("ratedAt", c.ratedAt());
        v.put("openedAt", c.openedAt());
        v.put("deadline", c.deadline());
        v.put("deadlineEnd", c.deadlineEnd(zone));
        v.put("overdue", c.overdue(now, zone));
        v.put("state", c.state());
        v.put("calledBack", c.calledBack());
        v.put("reached", c.reached());
        v.put("closedAt", c.closedAt());
        v.put("appeal", c.appeal());
        v.put("updatedAt", c.updatedAt());
        v.put("version", c.version());
        return v;
    }

    /** What the event stream carries: enough to know a case changed, nothing a passer-by should read. */
    static Map<String, Object> notice(BadRatingCase c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id());
        v.put("state", c.state().name());
        v.put("version", c.version());
        v.put("updatedAt", c.updatedAt().toString());
        return v;
    }
}
