package dev.hallq.hub.admin;

/** Who may do what on the hub's web side. */
public enum Role {
    /** 系统管理员: accounts, configuration, everything. */
    ADMIN,
    /** 大厅管理员: configuration, every window, reports, bookings. */
    MANAGER,
    /** 值班长: operates any window, handles the day's incidents and bookings. */
    DUTY_MANAGER,
    /** 窗口工作人员: operates only their own window (the web caller). */
    STAFF;

    public boolean configures() {
        return this == ADMIN || this == MANAGER;
    }

    public boolean operatesAnyWindow() {
        return this != STAFF;
    }
}
