package dev.hallq.hub.config;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One hall: its services and windows, validated as a whole. */
public record HallConfig(String id, String name, ZoneId zone, List<ServiceConfig> services, List<WindowConfig> windows) {

    public HallConfig {
        ConfigChecks.id("hall.id", id);
        ConfigChecks.text("hall.name", name);
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        if (services == null || services.isEmpty()) {
            throw new IllegalArgumentException("services must list at least one service");
        }
        if (windows == null || windows.isEmpty()) {
            throw new IllegalArgumentException("windows must list at least one window");
        }
        services = List.copyOf(services);
        windows = List.copyOf(windows);
        Set<String> ids = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (ServiceConfig s : services) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("services: id '" + s.id() + "' appears twice");
            }
            if (!prefixes.add(s.prefix())) {
                throw new IllegalArgumentException("services: prefix '" + s.prefix() + "' is used twice; numbers would repeat");
            }
        }
        Set<Integer> numbers = new HashSet<>();
        for (WindowConfig w : windows) {
            if (!numbers.add(w.number())) {
                throw new IllegalArgumentException("windows: number " + w.number() + " appears twice");
            }
            for (String s : w.services()) {
                if (!ids.contains(s)) {
                    throw new IllegalArgumentException("windows[" + w.number() + "].services: unknown service '" + s + "'");
                }
            }
        }
    }

    public Optional<ServiceConfig> service(String serviceId) {
        return services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }

    public Optional<WindowConfig> window(int number) {
        return windows.stream().filter(w -> w.number() == number).findFirst();
    }
}
