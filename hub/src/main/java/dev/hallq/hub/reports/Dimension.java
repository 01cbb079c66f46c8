package dev.hallq.hub.reports;

import dev.hallq.hub.config.BundleConfig;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.queue.Appointment;
import dev.hallq.hub.queue.Ticket;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What the rows of a report are: the whole hall, its departments (进驻单位), services (事项), windows, staff,
 * months or hours of the day. Each says which row a ticket, a booking and a 一件事 step count in (null: none).
 */
public enum Dimension {
    HALL("大厅"), DEPARTMENT("部门"), SERVICE("事项"), WINDOW("窗口"), STAFF("工作人员"), MONTH("月份"), HOUR("时段");

    /** The department row of 一件事 tickets: they cross departments, so they are a row of their own. */
    public static final String BUNDLE_DEPARTMENT = "高效办成一件事";
    /** The department row of services the hall file gives no department. */
    public static final String NO_DEPARTMENT = "未设部门";

    private final String zh;

    Dimension(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** The dimensions a summary may be asked {@code by}. */
    public static final List<Dimension> SUMMARY = List.of(HALL, DEPARTMENT, SERVICE, WINDOW, STAFF);

    public static Dimension parse(String text) {
        for (Dimension d : SUMMARY) {
            if (d.name().toLowerCase(Locale.ROOT).equals(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("by must be one of hall, department, service, window, staff; was '" + text + "'");
    }

    String keyOf(Ticket t, HallConfig hall, ZoneId zone) {
        return switch (this) {
            case HALL -> "hall";
            case DEPARTMENT -> t.bundleId() != null ? BUNDLE_DEPARTMENT : departmentOf(t.serviceId(), hall);
            case SERVICE -> t.bundleId() != null ? t.bundleId() : t.serviceId();
            case WINDOW -> t.window() == null ? null : t.window().toString();
            case STAFF -> t.staffNo();
            case MONTH -> YearMonth.from(t.day()).toString();
            case HOUR -> Integer.toString(t.issuedAt().atZone(zone).getHour());
        };
    }

    String keyOf(Appointment a, HallConfig hall) {
        return switch (this) {
            case HALL -> "hall";
            case DEPARTMENT -> departmentOf(a.serviceId(), hall);
            case SERVICE -> a.serviceId();
            case MONTH -> YearMonth.from(a.day()).toString();
            case WINDOW, STAFF, HOUR -> null;
        };
    }

    /** The row of a 一件事 step done at {@code window} by {@code staffNo}. */
    String keyOfStep(Integer window, String staffNo, Ticket t) {
        return switch (this) {
            case HALL -> "hall";
            case WINDOW -> window == null ? null : window.toString();
            case STAFF -> staffNo;
            case MONTH -> YearMonth.from(t.day()).toString();
            case DEPARTMENT, SERVICE, HOUR -> null;
        };
    }

    /** True when bookings can be counted in this dimension's rows (they are not at a window yet). */
    boolean countsAppointments() {
        return this != WINDOW && this != STAFF && this != HOUR;
    }

    String nameOf(String key, HallConfig hall) {
        return switch (this) {
            case HALL -> hall.name();
            case DEPARTMENT, MONTH -> key;
            case HOUR -> String.format("%02d:00-%02d:00", Integer.parseInt(key), Integer.parseInt(key) + 1);
            case SERVICE -> hall.service(key).map(ServiceConfig::name)
                    .or(() -> hall.bundle(key).map(BundleConfig::name)).orElse(key);
            case WINDOW -> hall.window(Integer.parseInt(key)).map(WindowConfig::name).orElse(key + "号窗口");
            case STAFF -> hall.staffMember(key).map(StaffConfig::name).orElse(key);
        };
    }

    /** Where a row stands in a table: the hall file's order, then unknown keys by key. */
    int orderOf(String key, HallConfig hall) {
        return switch (this) {
            case HALL, MONTH, HOUR -> 0;
            case DEPARTMENT -> {
                List<String> known = departments(hall);
                int i = known.indexOf(key);
                yield i >= 0 ? i : key.equals(BUNDLE_DEPARTMENT) ? known.size() : known.size() + 1;
            }
            case SERVICE -> {
                List<String> ids = new java.util.ArrayList<>(hall.services().stream().map(ServiceConfig::id).toList());
                hall.bundles().forEach(b -> ids.add(b.id()));
                int i = ids.indexOf(key);
                yield i >= 0 ? i : ids.size();
            }
            case WINDOW -> Integer.parseInt(key);
            case STAFF -> {
                int i = hall.staff().stream().map(StaffConfig::staffNo).toList().indexOf(key);
                yield i >= 0 ? i : hall.staff().size();
            }
        };
    }

    static String departmentOf(String serviceId, HallConfig hall) {
        return hall.service(serviceId).map(ServiceConfig::department).filter(d -> d != null && !d.isBlank())
                .orElse(NO_DEPARTMENT);
    }

    static List<String> departments(HallConfig hall) {
        List<String> out = new java.util.ArrayList<>();
        for (ServiceConfig s : hall.services()) {
            String d = departmentOf(s.id(), hall);
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }
}
