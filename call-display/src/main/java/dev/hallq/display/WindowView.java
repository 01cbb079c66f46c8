package dev.hallq.display;

import dev.hallq.protocol.StaffInfo;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * What the window screen page shows: the window's state as the hub retains it, with the staff photo resolved to an
 * address the browser can load and the citizen's masked name only where the hall shows it. {@code inUse} is false
 * for a window the hub has removed (empty retained state) or never announced.
 */
record WindowView(int window, String windowName, boolean inUse, WindowPhase phase, TicketView ticket, StaffView staff,
                  String pauseReason, long callSeq, Instant at) {

    /** @param citizenName masked (张*丰), present only where configured */
    record TicketView(String number, String serviceName, String serviceNameEn, String citizenName) {
    }

    /** @param photoUrl where the page loads the photo from; absent when there is none (the page shows the initial) */
    record StaffView(String staffNo, String name, String department, String photoUrl) {
    }

    static WindowView of(WindowState s, boolean citizenName, UnaryOperator<String> photoUrl) {
        TicketInfo t = s.ticket();
        StaffInfo staff = s.staff();
        return new WindowView(s.window(), s.windowName(), true, s.phase(),
                t == null ? null : new TicketView(t.number(), t.serviceName(), t.serviceNameEn(),
                        citizenName ? t.citizenName() : null),
                staff == null ? null : new StaffView(staff.staffNo(), staff.name(), staff.department(),
                        staff.photo() == null ? null : photoUrl.apply(staff.photo())),
                s.pauseReason(), s.callSeq(), s.at());
    }

    /** A window that is not (or no longer) part of the hall. */
    static WindowView notInUse(int window, Instant since) {
        return new WindowView(window, window + "号窗口", false, null, null, null, null, 0, since);
    }
}
