package dev.hallq.hub.dashboard;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.store.JdbcHallStore;
import dev.hallq.protocol.StaffAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The alert list lives in the hall's database: a restarted hub neither forgets nor repeats an alert. */
class AlertsAcrossARestartTest {
    @TempDir
    Path dir;

    @Test
    void openAlertsAndWhoAcknowledgedThemSurviveARestartWithoutBeingRaisedAgain() {
        MutableClock clock = AlertHall.tuesdayAt("09:00:00");
        long wait;
        long paused;
        try (AlertHall before = new AlertHall(JdbcHallStore.sqlite(dir.resolve("hall.db")), clock)) {
            before.issue("social");
            before.issue("tax");
            before.key(2, StaffAction.PAUSE);
            before.at("09:40:00");
            before.check();
            wait = before.all(AlertKind.LONG_WAIT).stream().filter(a -> a.subject().equals("social")).findFirst()
                    .orElseThrow().id();
            paused = before.all(AlertKind.UNSERVED_QUEUE).get(0).id();
            before.alerts.acknowledge(wait, "duty");
        }

        clock.set(clock.instant().plusSeconds(60));
        try (AlertHall after = new AlertHall(JdbcHallStore.sqlite(dir.resolve("hall.db")), clock)) {
            assertThat(after.all(AlertKind.LONG_WAIT)).filteredOn(a -> a.subject().equals("social")).singleElement()
                    .satisfies(a -> {
                        assertThat(a.id()).isEqualTo(wait);
                        assertThat(a.acknowledgedBy()).isEqualTo("duty");
                        assertThat(a.open()).isTrue();
                    });
            assertThat(after.all(AlertKind.UNSERVED_QUEUE)).extracting(Alert::id).containsExactly(paused);

            after.key(2, StaffAction.RESUME);
            assertThat(after.book.find(paused).orElseThrow().resolvedAt()).isEqualTo(clock.instant());
            after.check();
            assertThat(after.all(AlertKind.UNSERVED_QUEUE)).hasSize(1);
        }
    }

    @Test
    void anAlertWhoseConditionEndedWhileTheHubWasDownIsResolvedAtTheFirstCheck() {
        MutableClock clock = AlertHall.tuesdayAt("10:00:00");
        try (AlertHall before = new AlertHall(JdbcHallStore.sqlite(dir.resolve("hall.db")), clock)) {
            before.key(1, StaffAction.LOG_OUT);
            assertThat(before.book.open()).extracting(Alert::kind).containsExactly(AlertKind.LEFT_EARLY);
        }
        clock.set(AlertHall.tuesdayAt("18:00:00").instant()); // after closing: nobody leaves early any more
        try (AlertHall after = new AlertHall(JdbcHallStore.sqlite(dir.resolve("hall.db")), clock)) {
            assertThat(after.book.open()).isEmpty();
            assertThat(after.all(AlertKind.LEFT_EARLY)).singleElement().extracting(Alert::resolvedAt)
                    .isEqualTo(clock.instant());
        }
    }
}
