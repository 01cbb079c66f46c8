package dev.hallq.hub.dashboard;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.agent.web.LiveView;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.HallConfigFile;
import dev.hallq.hub.devices.DeviceRegistry;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Refusal;
import dev.hallq.hub.store.HallStore;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A small hall (09:00-17:00 on weekdays, two windows) with its real queue, desk, device registry and alert desk, on a
 * clock the test moves. The timer is slow; tests call {@link #check()} where a hall's 30 s tick would come.
 */
final class AlertHall implements AutoCloseable {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String YAML = """
            hall: {id: H1, name: 县政务服务中心, zone: Asia/Shanghai}
            services:
              - {id: social, prefix: A, name: 社保, nameEn: Social security}
              - {id: tax, prefix: B, name: 税务, nameEn: Tax, dailyCap: 40, slotCap: 3}
            windows:
              - {number: 1, services: [social], staff: {staffNo: "0101", name: 王芳}}
              - {number: 2, services: [social, tax], staff: {staffNo: "0102", name: 李强}}
              - {number: 9, name: 备用窗口, services: [tax]}
            calendar: {weekdays: "09:00-17:00", stopIssuingMinutes: 30}
            office:
              alerts: {waitMinutes: 30, pausedMinutes: 15, emptyPostMinutes: 10, lateMinutes: 10, earlyMinutes: 10}
            """;

    final MutableClock clock;
    final HallStore store;
    final QueueEngine engine;
    final HallDesk desk;
    final DeviceRegistry devices;
    final AlertBook book;
    final AlertDesk alerts;

    AlertHall(HallStore store, MutableClock clock) {
        this(store, clock, YAML);
    }

    AlertHall(HallStore store, MutableClock clock, String yaml) {
        this.clock = clock;
        this.store = store;
        HallConfig hall = HallConfigFile.parse(yaml, "test hall");
        engine = new QueueEngine(hall, store, clock);
        desk = new HallDesk(engine);
        devices = new DeviceRegistry(clock);
        book = AlertBook.of(store);
        alerts = new AlertDesk(engine, desk, devices, book, new LiveView(), clock, Duration.ofHours(1)).start();
        check();
    }

    /** Tuesday 24 November 2026 at this Beijing time. */
    static MutableClock tuesdayAt(String time) {
        MutableClock clock = MutableClock.at("2026-11-24T00:00:00Z");
        clock.set(LocalDateTime.parse("2026-11-24T" + time).atZone(BEIJING).toInstant());
        return clock;
    }

    void at(String time) {
        clock.set(LocalDateTime.parse("2026-11-24T" + time).atZone(BEIJING).toInstant());
    }

    /** The rules checked as the timer does; returns once every earlier piece of news is checked too. */
    void check() {
        alerts.check().join();
    }

    interface Step {
        void run() throws Refusal;
    }

    /** Changes the hall through the desk, waits until it is stored, then lets the alert desk catch up. */
    void does(Step step) {
        desk.execute(() -> {
            try {
                step.run();
            } catch (Refusal e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        desk.ask(() -> null, Duration.ofSeconds(5));
        check();
    }

    void issue(String service) {
        does(() -> engine.issue(service, false, "K1"));
    }

    void key(int window, StaffAction action) {
        does(() -> engine.act(window, action, action == StaffAction.PAUSE ? "午休" : null));
    }

    void logIn(int window, String staffNo) {
        does(() -> engine.act(new StaffCommand(dev.hallq.protocol.Schema.VERSION, "c", null, window, StaffAction.LOG_IN, null, null, null, null, staffNo)));
    }

    void rate(String ticketId, int window, RatingLevel level) {
        does(() -> engine.rate(new RatingRecord(ticketId, "r-" + ticketId, window, "E" + window, level, List.of(), null,
                clock.instant(), clock.instant())));
    }

    void printer(String id, DeviceState state, String paper) {
        devices.status(new dev.hallq.protocol.DeviceStatus(id, DeviceKind.TICKET_PRINTER, state,
                state == DeviceState.ONLINE ? null : "printer: PAPER_" + paper, "0.1.0", null, null,
                Map.of("paper", paper), clock.instant()));
        check();
    }

    /** Every alert ever raised, newest first. */
    List<Alert> all() {
        return book.list(null, null, 1000);
    }

    List<Alert> all(AlertKind kind) {
        return all().stream().filter(a -> a.kind() == kind).toList();
    }

    @Override
    public void close() {
        alerts.close();
        desk.close();
        store.close();
    }
}
