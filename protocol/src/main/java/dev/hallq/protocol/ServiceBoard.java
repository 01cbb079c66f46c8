package dev.hallq.protocol;

import java.time.Instant;
import java.util.List;

/** Retained catalogue of a hall's services with their waiting counts. */
public record ServiceBoard(int schema, String hallId, String hallName, List<ServiceQueue> services, Instant at) {
    public ServiceBoard {
        Schema.check(schema);
        Checks.id("hallId", hallId);
        Checks.text("hallName", hallName);
        services = services == null ? List.of() : List.copyOf(services);
        Checks.present("at", at);
    }

    public ServiceBoard(String hallId, String hallName, List<ServiceQueue> services, Instant at) {
        this(Schema.VERSION, hallId, hallName, services, at);
    }
}
