package dev.hallq.display;

/** Which screen a call-display agent drives. */
public enum ScreenRole {
    /** 窗口屏: the small LCD above one window, showing that window's call. */
    WINDOW,
    /** 综合屏: the hall's main screen, showing the latest calls and the queues; may also speak the calls. */
    HALL
}
