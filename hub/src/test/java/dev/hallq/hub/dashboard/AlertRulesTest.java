package dev.hallq.hub.dashboard;

import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.StaffAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Each alert rule on a moving clock: raised once when its threshold passes, never twice, resolved when it ends. */
class AlertRulesTest {
    private AlertHall hall;

    private AlertHall open(String time) {
        hall = new AlertHall(new MemoryHallStore(), AlertHall.tuesdayAt(time));
        return hall;
    }

    @AfterEach
    void close() {
        if (hall != null) {
            hall.close();
        }
    }

    private static Instant beijing(String time) {
        return LocalDateTime.parse("2026-11-24T" + time).atZone(AlertHall.BEIJING).toInstant();
    }

    @Test
    void aTicketWaitingLongerThanWaitMinutesRaisesOneLongWaitForItsServiceUntilItIsCalled() {
        AlertHall h = open("09:00:00");
        h.issue("social");
        h.at("09:29:59");
        h.check();
        assertThat(h.all(AlertKind.LONG_WAIT)).isEmpty();

        h.at("09:30:00");
        h.check();
        h.at("09:45:00");
        h.issue("social");
        h.check();
        assertThat(h.all(AlertKind.LONG_WAIT)).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("social");
            assertThat(a.raisedAt()).isEqualTo(beijing("09:30:00"));
            assertThat(a.messageZh()).contains("社保", "A001", "30 分钟");
            assertThat(a.messageEn()).contains("Social security", "A001");
            assertThat(a.open()).isTrue();
        });

        h.at("09:46:00");
        h.key(1, StaffAction.NEXT); // A001 called; A002 has waited only a minute
        assertThat(h.all(AlertKind.LONG_WAIT)).singleElement().satisfies(a ->
                assertThat(a.resolvedAt()).isEqualTo(beijing("09:46:00")));
        assertThat(h.book.open()).isEmpty();
    }

    @Test
    void aPausedWindowWithPeopleWaitingForItsServiceRaisesUnservedQueueAfterPausedMinutes() {
        AlertHall h = open("09:00:00");
        h.key(1, StaffAction.PAUSE);
        h.key(2, StaffAction.PAUSE);
        h.at("09:20:00");
        h.check();
        assertThat(h.all(AlertKind.UNSERVED_QUEUE)).as("paused, but nobody waits").isEmpty();

        h.issue("tax");
        assertThat(h.all(AlertKind.UNSERVED_QUEUE)).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("2"); // window 1 does not serve tax
            assertThat(a.messageZh()).contains("暂停服务已 20 分钟", "午休", "税务 1 人等候");
        });
        h.issue("social");
        h.at("09:30:00");
        h.check();
        assertThat(h.all(AlertKind.UNSERVED_QUEUE)).extracting(Alert::subject).containsExactlyInAnyOrder("1", "2");

        h.key(1, StaffAction.RESUME);
        assertThat(h.book.open()).filteredOn(a -> a.kind() == AlertKind.UNSERVED_QUEUE).extracting(Alert::subject)
                .containsExactly("2");
        assertThat(h.all(AlertKind.UNSERVED_QUEUE)).filteredOn(a -> a.subject().equals("1")).singleElement()
                .extracting(Alert::resolvedAt).isEqualTo(beijing("09:30:00"));
    }

    @Test
    void aWindowWithoutStaffWhileTheHallIsOpenIsAnEmptyPostAfterEmptyPostMinutesAndItsStaffLeftEarly() {
        AlertHall h = open("10:00:00");
        h.key(1, StaffAction.LOG_OUT);
        assertThat(h.all(AlertKind.LEFT_EARLY)).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("1");
            assertThat(a.messageZh()).contains("10:00 退出登录", "17:00", "王芳");
        });
        h.at("10:09:59");
        h.check();
        assertThat(h.all(AlertKind.EMPTY_POST)).isEmpty();
        h.at("10:10:00");
        h.check();
        h.at("10:15:00");
        h.check();
        assertThat(h.all(AlertKind.EMPTY_POST)).singleElement().satisfies(a -> {
            assertThat(a.raisedAt()).isEqualTo(beijing("10:10:00"));
            assertThat(a.messageZh()).contains("1号窗口空岗");
        });
        assertThat(h.all()).extracting(Alert::subject).as("the spare window 9 names no staff: not a post")
                .doesNotContain("9");

        h.at("10:20:00");
        h.logIn(1, "0101");
        assertThat(h.book.open()).isEmpty();
        assertThat(h.all()).extracting(Alert::kind).containsExactlyInAnyOrder(AlertKind.LEFT_EARLY, AlertKind.EMPTY_POST);
    }

    @Test
    void nobodyLoggedInByOpeningPlusLateMinutesIsStaffLateUntilSomeoneLogsIn() {
        AlertHall h = open("08:00:00");
        h.key(1, StaffAction.LOG_OUT); // the evening before, as it were: closed since before opening
        h.at("09:09:59");
        h.check();
        assertThat(h.all()).isEmpty();

        h.at("09:10:00");
        h.check();
        h.at("09:11:00");
        h.check();
        assertThat(h.all(AlertKind.STAFF_LATE)).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("1");
            assertThat(a.messageZh()).contains("09:00 开始办公", "仍无人登录", "王芳");
        });
        assertThat(h.all(AlertKind.LEFT_EARLY)).as("leaving before opening is not leaving early").isEmpty();
        assertThat(h.all(AlertKind.EMPTY_POST)).singleElement().extracting(Alert::raisedAt).isEqualTo(beijing("09:10:00"));

        h.at("09:12:00");
        h.logIn(1, "0101");
        assertThat(h.all(AlertKind.STAFF_LATE)).singleElement().extracting(Alert::resolvedAt)
                .isEqualTo(beijing("09:12:00"));
        assertThat(h.book.open()).isEmpty();
    }

    @Test
    void loggingOutWithinEarlyMinutesOfClosingIsFineAndAnEarlyLeaveEndsAtClosing() {
        AlertHall h = open("16:50:00");
        h.key(1, StaffAction.LOG_OUT);
        assertThat(h.all(AlertKind.LEFT_EARLY)).isEmpty();

        h.at("16:49:00");
        h.logIn(1, "0101");
        h.key(1, StaffAction.LOG_OUT);
        h.key(2, StaffAction.LOG_OUT);
        assertThat(h.all(AlertKind.LEFT_EARLY)).extracting(Alert::subject).containsExactlyInAnyOrder("1", "2");

        h.at("17:00:00");
        h.check();
        assertThat(h.book.open()).isEmpty();
        assertThat(h.all(AlertKind.LEFT_EARLY)).extracting(Alert::resolvedAt).containsOnly(beijing("17:00:00"));
    }

    @Test
    void aPostWithOnlyBStaffThatNobodyHasStaffedYetIsEmptyButNobodyLeftIt() {
        hall = new AlertHall(new MemoryHallStore(), AlertHall.tuesdayAt("10:00:00"), AlertHall.YAML.replace(
                "  - {number: 9, name: 备用窗口, services: [tax]}",
                "  - {number: 9, name: 备用窗口, services: [tax], backup: {staffNo: \"0902\", name: 吴刚}}"));
        hall.at("10:10:00");
        hall.check();
        assertThat(hall.all()).extracting(Alert::kind, Alert::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertKind.EMPTY_POST, "9"));

        hall.logIn(9, "0902");
        hall.key(9, StaffAction.LOG_OUT);
        assertThat(hall.book.open()).extracting(Alert::kind).containsExactly(AlertKind.LEFT_EARLY);
        assertThat(hall.all(AlertKind.LEFT_EARLY)).singleElement().extracting(Alert::messageZh).asString()
                .contains("10:10 退出登录", "吴刚 0902");
    }

    @Test
    void anOfflineDeviceAndAPrinterLowOrOutOfPaperAreAlertsUntilTheyRecover() {
        AlertHall h = open("10:00:00");
        h.printer("P1", DeviceState.ONLINE, "NEAR_END");
        assertThat(h.book.open()).extracting(Alert::kind).containsExactly(AlertKind.PAPER_LOW);
        h.printer("P1", DeviceState.DEGRADED, "OUT");
        h.printer("P1", DeviceState.DEGRADED, "OUT");
        assertThat(h.book.open()).extracting(Alert::kind).containsExactly(AlertKind.PAPER_OUT);
        assertThat(h.all(AlertKind.PAPER_OUT)).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(AlertKind.Severity.CRITICAL);
            assertThat(a.subjectType()).isEqualTo(AlertKind.Subject.DEVICE);
        });
        h.printer("P1", DeviceState.OFFLINE, "OUT");
        assertThat(h.book.open()).extracting(Alert::kind)
                .containsExactlyInAnyOrder(AlertKind.PAPER_OUT, AlertKind.DEVICE_OFFLINE);
        assertThat(h.all(AlertKind.DEVICE_OFFLINE)).singleElement().extracting(Alert::messageZh).asString()
                .contains("P1", "取号打印机", "离线");

        h.at("10:05:00");
        h.printer("P1", DeviceState.ONLINE, "OK");
        assertThat(h.book.open()).isEmpty();
        assertThat(h.all()).extracting(Alert::kind).containsExactlyInAnyOrder(AlertKind.PAPER_LOW, AlertKind.PAPER_OUT,
                AlertKind.DEVICE_OFFLINE);
    }

    @Test
    void aBadRatingRaisesOneAlertPerTicketThatAnAcknowledgementResolves() {
        AlertHall h = open("10:00:00");
        h.issue("social");
        h.issue("social");
        h.key(1, StaffAction.NEXT);
        h.key(1, StaffAction.FINISH);
        h.rate("20261124-A001", 1, RatingLevel.SATISFIED);
        h.key(1, StaffAction.NEXT);
        h.key(1, StaffAction.FINISH);
        assertThat(h.all()).isEmpty();

        h.rate("20261124-A002", 1, RatingLevel.VERY_DISSATISFIED);
        h.check();
        Alert bad = h.all(AlertKind.BAD_RATING).get(0);
        assertThat(h.all(AlertKind.BAD_RATING)).hasSize(1);
        assertThat(bad.subject()).isEqualTo("20261124-A002");
        assertThat(bad.messageZh()).contains("1号窗口", "A002", "非常不满意", "王芳");

        h.at("10:30:00");
        h.check();
        assertThat(h.book.open()).as("a bad rating does not end by itself").extracting(Alert::id).containsExactly(bad.id());
        Alert acked = h.alerts.acknowledge(bad.id(), "duty");
        assertThat(acked.acknowledgedBy()).isEqualTo("duty");
        assertThat(acked.resolvedAt()).isEqualTo(beijing("10:30:00"));
        assertThat(h.book.open()).isEmpty();
    }

    @Test
    void anAlertIsAcknowledgedOnceAndTheSecondTimeIsAConflictNamingWho() {
        AlertHall h = open("10:00:00");
        h.printer("P1", DeviceState.OFFLINE, "OK");
        Alert offline = h.book.open().get(0);
        h.at("10:01:00");
        Alert acked = h.alerts.acknowledge(offline.id(), "li");
        assertThat(acked.acknowledgedBy()).isEqualTo("li");
        assertThat(acked.acknowledgedAt()).isEqualTo(beijing("10:01:00"));
        assertThat(acked.open()).as("acknowledged, but the printer is still offline").isTrue();

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(AlertRefused.class,
                () -> h.alerts.acknowledge(offline.id(), "wang"))).satisfies(r -> {
                    assertThat(r.status()).isEqualTo(409);
                    assertThat(r.getMessage()).contains("li");
                });
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(AlertRefused.class,
                () -> h.alerts.acknowledge(999, "wang")).status()).isEqualTo(404);
        assertThat(h.book.find(offline.id()).orElseThrow().acknowledgedBy()).isEqualTo("li");
    }
}
