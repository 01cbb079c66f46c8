package dev.hallq.hub.config;

import java.util.List;

/**
 * A service window: its number, the services it serves in priority order, its A staff (on duty when
 * the hub starts; a window without staff stays closed until someone logs in) and its B staff (AB岗).
 */
public record WindowConfig(int number, String name, List<String> services, StaffConfig staff, StaffConfig backup) {
    public WindowConfig {
        if (number < 1 || number > 9999) {
            throw new IllegalArgumentException("windows[].number must be 1-9999, was " + number);
        }
        name = name == null || name.isBlank() ? number + "号窗口" : name;
        if (services == null || services.isEmpty()) {
            throw new IllegalArgumentException("windows[" + number + "].services must list at least one service");
        }
        services = List.copyOf(services);
    }

    public WindowConfig(int number, String name, List<String> services, StaffConfig staff) {
        this(number, name, services, staff, null);
    }
}
