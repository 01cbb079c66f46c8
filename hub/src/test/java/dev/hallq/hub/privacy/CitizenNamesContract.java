package dev.hallq.hub.privacy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every backend of the sealed names must do: keep once, find, purge by age leaving a marker. */
abstract class CitizenNamesContract {
    static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");
    protected CitizenNames names;

    protected abstract CitizenNames open();

    protected void close() {
    }

    @BeforeEach
    void start() {
        names = open();
    }

    @AfterEach
    void stop() {
        close();
    }

    @Test
    void aNameIsKeptOnceAndFound() {
        names.keep("20261124-A001", "c2VhbGVk", T0);
        names.keep("20261124-A001", "b3RoZXI=", T0.plusSeconds(5));

        assertThat(names.find("20261124-A001")).hasValue(new KeptName("20261124-A001", "c2VhbGVk", T0, null));
        assertThat(names.find("20261124-A002")).isEmpty();
    }

    @Test
    void purgingDropsOnlyTheNamesKeptBeforeTheCutOffAndLeavesAMarker() {
        names.keep("old", "b2xk", T0);
        names.keep("new", "bmV3", T0.plusSeconds(3600));
        Instant now = T0.plusSeconds(7200);

        assertThat(names.purgeKeptBefore(T0.plusSeconds(60), now)).isEqualTo(1);
        assertThat(names.purgeKeptBefore(T0.plusSeconds(60), now.plusSeconds(1))).as("purged once").isZero();

        KeptName old = names.find("old").orElseThrow();
        assertThat(old.purged()).isTrue();
        assertThat(old.sealed()).isNull();
        assertThat(old.purgedAt()).isEqualTo(now);
        assertThat(names.find("new").orElseThrow().sealed()).isEqualTo("bmV3");
        names.keep("old", "YWdhaW4=", now);
        assertThat(names.find("old").orElseThrow().purged()).as("a purged name does not come back").isTrue();
    }
}
