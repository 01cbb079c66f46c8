package dev.hallq.hub.config;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One hall: its services, windows, staff and queue rules, validated as a whole. */
public record HallConfig(String id, String name, ZoneId zone, List<ServiceConfig> services, List<WindowConfig> windows,
                         List<StaffConfig> staff, QueuePolicy policy, HallCalendar calendar, List<BundleConfig> bundles,
                         OfficeRules office) {

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
        staff = roster(staff, windows);
        policy = policy == null ? QueuePolicy.DEFAULT : policy;
        calendar = calendar == null ? HallCalendar.ALWAYS_OPEN : calendar;
        bundles = bundles == null ? List.of() : List.copyOf(bundles);
        office = office == null ? OfficeRules.DEFAULT : office;
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
        for (BundleConfig b : bundles) {
            if (!ids.add(b.id())) {
                throw new IllegalArgumentException("bundles: id '" + b.id() + "' is already a service or bundle id");
            }
            if (!prefixes.add(b.prefix())) {
                throw new IllegalArgumentException("bundles: prefix '" + b.prefix() + "' is used twice; numbers would repeat");
            }
            for (String s : b.services()) {
                if (services.stream().noneMatch(x -> x.id().equals(s))) {
                    throw new IllegalArgumentException("bundles[" + b.id() + "].services: unknown service '" + s + "'");
                }
            }
        }
        Set<Integer> numbers = new HashSet<>();
        for (WindowConfig w : windows) {
            if (!numbers.add(w.number())) {
                throw new IllegalArgumentException("windows: number " + w.number() + " appears twice");
            }
            for (String s : w.services()) {
                if (services.stream().noneMatch(x -> x.id().equals(s))) {
                    throw new IllegalArgumentException("windows[" + w.number() + "].services: unknown service '" + s + "'");
                }
            }
        }
    }

    public HallConfig(String id, String name, ZoneId zone, List<ServiceConfig> services, List<WindowConfig> windows,
                      List<StaffConfig> staff, QueuePolicy policy, HallCalendar calendar, List<BundleConfig> bundles) {
        this(id, name, zone, services, windows, staff, policy, calendar, bundles, null);
    }

    public HallConfig(String id, String name, ZoneId zone, List<ServiceConfig> services, List<WindowConfig> windows) {
        this(id, name, zone, services, windows, null, null, null, null);
    }

    public HallConfig(String id, String name, ZoneId zone, List<ServiceConfig> services, List<WindowConfig> windows,
                      List<StaffConfig> staff, QueuePolicy policy, HallCalendar calendar) {
        this(id, name, zone, services, windows, staff, policy, calendar, null);
    }

    public HallConfig(String id, String name, ZoneId zone, List<ServiceConfig> services, List<WindowConfig> windows,
                      List<StaffConfig> staff, QueuePolicy policy) {
        this(id, name, zone, services, windows, staff, policy, null, null);
    }

    /** Everyone who may log in: the listed staff plus every window's A and B staff. */
    private static List<StaffConfig> roster(List<StaffConfig> listed, List<WindowConfig> windows) {
        java.util.Map<String, StaffConfig> all = new java.util.LinkedHashMap<>();
        if (listed != null) {
            for (StaffConfig s : listed) {
                if (all.put(s.staffNo(), s) != null) {
                    throw new IllegalArgumentException("staff: staffNo '" + s.staffNo() + "' appears twice");
                }
            }
        }
        for (WindowConfig w : windows) {
            for (StaffConfig s : new StaffConfig[]{w.staff(), w.backup()}) {
                if (s != null) {
                    StaffConfig known = all.putIfAbsent(s.staffNo(), s);
                    if (known != null && !known.name().equals(s.name())) {
                        throw new IllegalArgumentException("staff " + s.staffNo() + " is named both '" + known.name()
                                + "' and '" + s.name() + "'");
                    }
                }
            }
        }
        java.util.Map<String, String> cards = new java.util.HashMap<>();
        for (StaffConfig s : all.values()) {
            if (s.cardUid() != null) {
                String other = cards.putIfAbsent(s.cardUid(), s.staffNo());
                if (other != null) {
                    throw new IllegalArgumentException("staff " + other + " and " + s.staffNo() + " have the same cardUid "
                            + s.cardUid());
                }
            }
        }
        return List.copyOf(all.values());
    }

    public Optional<StaffConfig> staffMember(String staffNo) {
        return staff.stream().filter(s -> s.staffNo().equals(staffNo)).findFirst();
    }

    /** The staff member whose staff card has this UID (hex, any case). */
    public Optional<StaffConfig> staffByCard(String cardUid) {
        return staff.stream().filter(s -> s.cardUid() != null && s.cardUid().equalsIgnoreCase(cardUid)).findFirst();
    }

    public Optional<BundleConfig> bundle(String bundleId) {
        return bundles.stream().filter(b -> b.id().equals(bundleId)).findFirst();
    }

    public Optional<ServiceConfig> service(String serviceId) {
        return services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }

    public Optional<WindowConfig> window(int number) {
        return windows.stream().filter(w -> w.number() == number).findFirst();
    }
}
