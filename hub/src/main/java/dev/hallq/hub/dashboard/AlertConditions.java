package dev.hallq.hub.dashboard;

import dev.hallq.hub.config.AlertRules;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.devices.DeviceRegistry.DeviceView;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.WindowDesk;
import dev.hallq.protocol.WindowPhase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alert rules as a pure function: from the hall's snapshot, the devices and the time, the conditions that hold
 * now. Each condition is one (kind, subject) with its message in Chinese and English; the {@link AlertDesk} raises
 * what is new and resolves what ended. A window is a post (岗位) only when the hall names staff for it (A or B).
 */
final class AlertConditions {

    /** A condition that holds now. */
    record Condition(AlertKind kind, String subject, String zh, String en) {
        String key() {
            return Alert.key(kind, subject);
        }
    }

    private final HallSnapshot hall;
    private final AlertRules rules;
    private final Instant now;
    private final Map<Integer, String> leftBy;
    private final List<Condition> out = new ArrayList<>();

    /** @param leftBy the staff member who last logged out at each window, where the desk saw it */
    private AlertConditions(HallSnapshot hall, Instant now, Map<Integer, String> leftBy) {
        this.hall = hall;
        this.rules = hall.hall().office().alerts();
        this.now = now;
        this.leftBy = leftBy;
    }

    static List<Condition> of(HallSnapshot hall, List<DeviceView> devices, Instant now, Map<Integer, String> leftBy) {
        AlertConditions c = new AlertConditions(hall, now, leftBy);
        for (WindowDesk desk : hall.windows()) {
            hall.config(desk.number()).ifPresent(w -> c.window(w, desk));
        }
        hall.lines().values().forEach(c::longWait);
        devices.forEach(c::device);
        return c.out;
    }

    private void window(WindowConfig w, WindowDesk desk) {
        boolean post = w.staff() != null || w.backup() != null;
        Optional<HallSnapshot.Span> day = hall.hoursOf(w, now);
        boolean shouldBeOpen = hall.shouldBeOpen(w, now);
        if (desk.phase() == WindowPhase.PAUSED) {
            unserved(w, desk, desk.since());
        }
        if (desk.phase() != WindowPhase.CLOSED || !post || day.isEmpty()) {
            return;
        }
        HallSnapshot.Span span = day.get();
        Instant emptySince = desk.since().isAfter(span.open()) ? desk.since() : span.open();
        if (shouldBeOpen) {
            unserved(w, desk, emptySince);
            long empty = minutes(emptySince);
            if (empty >= rules.emptyPostMinutes()) {
                add(AlertKind.EMPTY_POST, w, "%s空岗：无人在岗已 %d 分钟（阈值 %d 分钟）".formatted(w.name(), empty,
                        rules.emptyPostMinutes()), "Window %d has had no staff for %d min (threshold %d min)"
                        .formatted(w.number(), empty, rules.emptyPostMinutes()));
            }
        }
        boolean allDay = span.untilMidnight()
                && LocalTime.ofInstant(span.open(), hall.hall().zone()).equals(LocalTime.MIDNIGHT);
        if (allDay || !now.isBefore(span.close())) {
            return; // a hall open day and night has no opening to be late for, nor a closing to leave before
        }
        Instant lateAt = span.open().plus(Duration.ofMinutes(rules.lateMinutes()));
        if (!now.isBefore(lateAt) && desk.since().isBefore(span.open())) {
            String who = staffName(w.staff() != null ? w.staff() : w.backup());
            add(AlertKind.STAFF_LATE, w, "%s %s 开始办公，%s 仍无人登录（%s）".formatted(w.name(), clock(span.open()),
                    clock(now), who), "Window %d opens at %s; nobody logged in by %s (%s)".formatted(w.number(),
                    clock(span.open()), clock(now), who));
        }
        Instant earliestLeave = span.close().minus(Duration.ofMinutes(rules.earlyMinutes()));
        if (!desk.since().isBefore(span.open()) && desk.since().isBefore(earliestLeave)) {
            String who = leftBy.get(w.number()) == null ? "" : staffName(hall.hall().staffMember(leftBy.get(w.number()))
                    .orElse(null));
            add(AlertKind.LEFT_EARLY, w, "%s %s 退出登录，早于下班时间 %s（%s）".formatted(w.name(), clock(desk.since()),
                    clock(span.close()), who), "Window %d: logged out at %s, before closing at %s (%s)".formatted(
                    w.number(), clock(desk.since()), clock(span.close()), who));
        }
    }

    /** People wait for a service of a paused or unstaffed window, and that has lasted {@code pausedMinutes}. */
    private void unserved(WindowConfig w, WindowDesk desk, Instant since) {
        long lasted = minutes(since);
        if (lasted < rules.pausedMinutes()) {
            return;
        }
        int waiting = 0;
        List<String> names = new ArrayList<>();
        List<String> namesEn = new ArrayList<>();
        for (String s : w.services()) {
            HallSnapshot.Line line = hall.lines().get(s);
            boolean counts = desk.phase() == WindowPhase.PAUSED || hall.serving(s, now);
            if (line != null && line.waiting() > 0 && counts) {
                waiting += line.waiting();
                ServiceConfig config = hall.hall().service(s).orElse(null);
                names.add(config == null ? s : config.name());
                namesEn.add(config == null || config.nameEn() == null ? s : config.nameEn());
            }
        }
        if (waiting == 0) {
            return;
        }
        if (desk.phase() == WindowPhase.PAUSED) {
            add(AlertKind.UNSERVED_QUEUE, w, "%s暂停服务已 %d 分钟（%s），%s %d 人等候".formatted(w.name(), lasted,
                    desk.pauseReason(), String.join("、", names), waiting), "Window %d paused for %d min (%s) while %d wait for %s"
                    .formatted(w.number(), lasted, desk.pauseReason(), waiting, String.join(", ", namesEn)));
        } else {
            add(AlertKind.UNSERVED_QUEUE, w, "%s无人在岗已 %d 分钟，%s %d 人等候".formatted(w.name(), lasted,
                    String.join("、", names), waiting), "Window %d has had no staff for %d min while %d wait for %s"
                    .formatted(w.number(), lasted, waiting, String.join(", ", namesEn)));
        }
    }

    private void longWait(HallSnapshot.Line line) {
        if (line.longestSince() == null) {
            return;
        }
        long waited = minutes(line.longestSince());
        if (waited < rules.waitMinutes()) {
            return;
        }
        ServiceConfig s = hall.hall().service(line.serviceId()).orElse(null);
        String name = s == null ? line.serviceId() : s.name();
        String nameEn = s == null || s.nameEn() == null ? line.serviceId() : s.nameEn();
        out.add(new Condition(AlertKind.LONG_WAIT, line.serviceId(),
                "%s：%s 已等候 %d 分钟（阈值 %d 分钟），共 %d 人等候".formatted(name, line.longestNumber(), waited,
                        rules.waitMinutes(), line.waiting()),
                "%s: %s has waited %d min (threshold %d min); %d waiting".formatted(nameEn, line.longestNumber(), waited,
                        rules.waitMinutes(), line.waiting())));
    }

    private void device(DeviceView d) {
        if (!d.online()) {
            out.add(new Condition(AlertKind.DEVICE_OFFLINE, d.id(), "设备 %s（%s）离线%s".formatted(d.id(), kindZh(d.kind()),
                    d.reason() == null ? "" : "：" + d.reason()), "Device %s (%s) is offline%s".formatted(d.id(),
                    d.kind(), d.reason() == null ? "" : ": " + d.reason())));
        }
        String paper = d.hardware() == null ? null : d.hardware().get("paper");
        if ("OUT".equals(paper)) {
            out.add(new Condition(AlertKind.PAPER_OUT, d.id(), "打印机 %s 缺纸，无法出票".formatted(d.id()),
                    "Printer %s is out of paper".formatted(d.id())));
        } else if ("NEAR_END".equals(paper)) {
            out.add(new Condition(AlertKind.PAPER_LOW, d.id(), "打印机 %s 纸将用尽，请及时更换".formatted(d.id()),
                    "Printer %s is low on paper".formatted(d.id())));
        }
    }

    /** 差评: a one-off condition of the rated ticket, from its RATED event. */
    static Condition badRating(HallSnapshot hall, HallEvent e) {
        dev.hallq.protocol.RatingLevel level = dev.hallq.protocol.RatingLevel.valueOf(e.detail());
        String number = e.ticketId() == null ? "" : e.ticketId().substring(e.ticketId().indexOf('-') + 1);
        String window = e.window() == null ? "" : hall.config(e.window()).map(WindowConfig::name).orElse(e.window() + "号窗口");
        String staff = e.staffNo() == null ? "" : hall.hall().staffMember(e.staffNo()).map(StaffConfig::name)
                .orElse(e.staffNo());
        return new Condition(AlertKind.BAD_RATING, e.ticketId(),
                "%s %s 收到差评：%s（%s）".formatted(window, number, level.zh(), staff),
                "Bad rating at window %s for %s: %s (%s)".formatted(e.window(), number, level.en(), e.staffNo()));
    }

    private void add(AlertKind kind, WindowConfig w, String zh, String en) {
        out.add(new Condition(kind, Integer.toString(w.number()), zh, en));
    }

    private long minutes(Instant since) {
        return Math.max(0, Duration.between(since, now).toMinutes());
    }

    private String clock(Instant at) {
        ZoneId zone = hall.hall().zone();
        return LocalTime.ofInstant(at, zone).withSecond(0).withNano(0).toString();
    }

    private static String staffName(StaffConfig s) {
        return s == null ? "" : s.name() + " " + s.staffNo();
    }

    static String kindZh(String kind) {
        return switch (kind) {
            case "KIOSK" -> "取号机";
            case "TICKET_PRINTER" -> "取号打印机";
            case "WINDOW_SCREEN" -> "窗口屏";
            case "HALL_SCREEN" -> "综合屏";
            case "EVALUATOR" -> "评价器";
            default -> kind;
        };
    }
}
