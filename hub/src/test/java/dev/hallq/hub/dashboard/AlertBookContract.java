package dev.hallq.hub.dashboard;

import dev.hallq.hub.store.HallStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link AlertBook} must do: memory, SQLite and PostgreSQL each run these in a subclass. */
public abstract class AlertBookContract {
    static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");

    protected HallStore store;
    protected AlertBook book;

    /** A fresh store whose alerts this test keeps. */
    protected abstract HallStore open();

    /** The same data through a new handle, as after a restart; a memory store gives back the old one. */
    protected abstract HallStore reopen(HallStore old);

    @BeforeEach
    void openBook() {
        store = open();
        book = bookOf(store);
    }

    /** The book of a hub on this store. */
    protected AlertBook bookOf(HallStore s) {
        return AlertBook.of(s);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static Alert offline(String device, Instant at) {
        return Alert.raised(AlertKind.DEVICE_OFFLINE, device, "设备 " + device + " 离线", "Device " + device + " offline", at);
    }

    @Test
    void anAlertIsKeptWithEveryFieldAndItsOwnId() {
        Alert a = book.raise(offline("P1", T0));
        Alert b = book.raise(Alert.raised(AlertKind.LONG_WAIT, "social", "社保：A001 已等候 31 分钟", "A001 waited", T0));
        assertThat(a.id()).isPositive();
        assertThat(b.id()).isGreaterThan(a.id());
        assertThat(book.find(a.id())).contains(a);
        assertThat(a.severity()).isEqualTo(AlertKind.Severity.CRITICAL);
        assertThat(book.find(b.id()).orElseThrow().messageZh()).isEqualTo("社保：A001 已等候 31 分钟");
        assertThat(book.find(b.id() + 100)).isEmpty();
    }

    @Test
    void aSecondOpenAlertOfTheSameKindAndSubjectIsRefusedButAResolvedOneMayComeBack() {
        Alert first = book.raise(offline("P1", T0));
        assertThatThrownBy(() -> book.raise(offline("P1", T0.plusSeconds(30)))).isInstanceOf(RuntimeException.class);
        book.raise(offline("P2", T0.plusSeconds(30)));
        book.resolve(first.id(), T0.plusSeconds(60));
        Alert again = book.raise(offline("P1", T0.plusSeconds(90)));
        assertThat(book.open()).extracting(Alert::subject).containsExactly("P2", "P1");
        assertThat(book.open()).extracting(Alert::id).contains(again.id()).doesNotContain(first.id());
    }

    @Test
    void resolvingKeepsTheFirstResolution() {
        Alert a = book.raise(offline("P1", T0));
        book.resolve(a.id(), T0.plusSeconds(60));
        book.resolve(a.id(), T0.plusSeconds(120));
        assertThat(book.find(a.id()).orElseThrow().resolvedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(book.open()).isEmpty();
    }

    @Test
    void anAlertIsAcknowledgedOnlyOnceAndKeepsWhoDidIt() {
        Alert a = book.raise(offline("P1", T0));
        assertThat(book.acknowledge(a.id(), "li", T0.plusSeconds(5))).isTrue();
        assertThat(book.acknowledge(a.id(), "wang", T0.plusSeconds(6))).isFalse();
        assertThat(book.acknowledge(a.id() + 100, "wang", T0.plusSeconds(6))).isFalse();
        Alert kept = book.find(a.id()).orElseThrow();
        assertThat(kept.acknowledgedBy()).isEqualTo("li");
        assertThat(kept.acknowledgedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(kept.open()).isTrue();
    }

    @Test
    void theListIsNewestFirstAndFiltersOpenResolvedSinceAndLimit() {
        Alert a = book.raise(offline("P1", T0));
        Alert b = book.raise(offline("P2", T0.plusSeconds(60)));
        Alert c = book.raise(offline("P3", T0.plusSeconds(120)));
        book.resolve(b.id(), T0.plusSeconds(130));
        assertThat(book.list(null, null, 10)).extracting(Alert::id).containsExactly(c.id(), b.id(), a.id());
        assertThat(book.list(true, null, 10)).extracting(Alert::id).containsExactly(c.id(), a.id());
        assertThat(book.list(false, null, 10)).extracting(Alert::id).containsExactly(b.id());
        assertThat(book.list(null, T0.plusSeconds(60), 10)).extracting(Alert::id).containsExactly(c.id(), b.id());
        assertThat(book.list(null, null, 1)).extracting(Alert::id).containsExactly(c.id());
    }

    @Test
    void alertsAndWhoAcknowledgedThemSurviveARestart() {
        Alert a = book.raise(offline("P1", T0));
        Alert b = book.raise(offline("P2", T0));
        book.acknowledge(a.id(), "li", T0.plusSeconds(5));
        book.resolve(b.id(), T0.plusSeconds(9));
        store = reopen(store);
        book = bookOf(store);
        assertThat(book.find(a.id()).orElseThrow().acknowledgedBy()).isEqualTo("li");
        assertThat(book.open()).extracting(Alert::id).containsExactly(a.id());
        assertThat(book.raise(offline("P3", T0)).id()).isGreaterThan(b.id());
    }
}
