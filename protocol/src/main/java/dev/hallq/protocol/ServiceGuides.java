package dev.hallq.protocol;

import java.time.Instant;
import java.util.List;

/**
 * 一次性告知 of every service that has one, retained, for the kiosks' guide pages: what a citizen must know
 * before being served. Published at start-up and whenever the hall's configuration changes.
 */
public record ServiceGuides(int schema, String hallId, List<Guide> guides, Instant at) {

    /** One service's guide: legal basis, time limit, materials, steps, phone; any may be absent. */
    public record Guide(String serviceId, String basis, String timeLimit, List<String> materials, List<String> steps,
                        String phone) {
        public Guide {
            Checks.id("guides[].serviceId", serviceId);
            materials = materials == null ? List.of() : List.copyOf(materials);
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    public ServiceGuides {
        Schema.check(schema);
        Checks.id("hallId", hallId);
        guides = guides == null ? List.of() : List.copyOf(guides);
        Checks.present("at", at);
    }

    public ServiceGuides(String hallId, List<Guide> guides, Instant at) {
        this(Schema.VERSION, hallId, guides, at);
    }
}
