package dev.hallq.hub.privacy;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.OfficeRules;
import dev.hallq.hub.config.PrivacyRules;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Citizens' names: sealed at rest, opened only with the hall's key, gone after the days the hall keeps them. */
class CitizenPrivacyTest {
    static final String NAME = "欧阳小明";
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final AtomicInteger keepDays = new AtomicInteger(30);
    private HallStore store;
    private CitizenPrivacy privacy;

    private HallConfig hall() {
        return new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"),
                List.of(new ServiceConfig("estate", "B", "不动产登记", null, true)),
                List.of(new WindowConfig(1, null, List.of("estate"), new StaffConfig("0101", "王芳"))), null, null, null,
                null, new OfficeRules(null, null, null, new PrivacyRules(keepDays.get())));
    }

    @BeforeEach
    void open() {
        store = JdbcHallStore.sqlite(dir.resolve("hall.db"));
        privacy = new CitizenPrivacy(new SqlCitizenNames(store.sql().orElseThrow()),
                NameSeal.keyIn(dir.resolve("hall.db.namekey")), this::hall, clock);
    }

    @AfterEach
    void close() {
        privacy.close();
        store.close();
    }

    private byte[] databaseBytes() throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("hall.db")
                    && !f.getFileName().toString().endsWith(".namekey")).toList()) {
                all.write(Files.readAllBytes(f));
            }
        }
        return all.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void theNameIsSealedInTheDatabaseFileAndOpensWithTheKey() throws Exception {
        privacy.keep("20261124-B001", NAME);
        privacy.settle();

        byte[] bytes = databaseBytes();
        assertThat(bytes.length).isGreaterThan(4096);
        assertThat(contains(bytes, "20261124-B001".getBytes(StandardCharsets.UTF_8))).as("the row is there").isTrue();
        assertThat(contains(bytes, NAME.getBytes(StandardCharsets.UTF_8))).as("UTF-8 name in the file").isFalse();
        assertThat(contains(bytes, NAME.getBytes(StandardCharsets.UTF_16LE))).as("UTF-16 name in the file").isFalse();
        assertThat(privacy.name("20261124-B001")).isEqualTo(new CitizenPrivacy.Known(NAME,
                clock.instant().plus(Duration.ofDays(30))));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("hall.db.namekey"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aSealedNameOpensOnlyForItsTicketAndWithItsKey() {
        NameSeal seal = NameSeal.keyIn(dir.resolve("k1"));
        String sealed = seal.seal("20261124-B001", NAME);

        assertThat(seal.seal("20261124-B001", NAME)).as("a fresh IV each time").isNotEqualTo(sealed);
        assertThat(NameSeal.keyIn(dir.resolve("k1")).open("20261124-B001", sealed)).isEqualTo(NAME);
        assertThatThrownBy(() -> seal.open("20261124-B002", sealed)).hasMessageContaining("does not open");
        assertThatThrownBy(() -> NameSeal.keyIn(dir.resolve("k2")).open("20261124-B001", sealed))
                .hasMessageContaining("does not open");
    }

    @Test
    void aNameIsPurgedOnceItWasKeptLongerThanTheHallKeepsNames() throws Exception {
        privacy.keep("20261124-B001", NAME);
        privacy.settle();
        clock.advance(Duration.ofDays(1));
        privacy.keep("20261125-B001", "李四");
        privacy.settle();

        clock.advance(Duration.ofDays(29).minusMinutes(1));
        assertThat(privacy.purge()).isZero();
        assertThat(privacy.name("20261124-B001")).isInstanceOf(CitizenPrivacy.Known.class);

        clock.advance(Duration.ofMinutes(1));
        assertThat(privacy.name("20261124-B001")).as("not shown past its time, purged or not")
                .isInstanceOf(CitizenPrivacy.Purged.class);
        assertThat(privacy.purge()).isEqualTo(1);
        assertThat(privacy.name("20261124-B001")).isEqualTo(new CitizenPrivacy.Purged(clock.instant()));
        assertThat(privacy.name("20261125-B001")).isInstanceOf(CitizenPrivacy.Known.class);
        assertThat(new SqlCitizenNames(store.sql().orElseThrow()).find("20261124-B001").orElseThrow().sealed()).isNull();

        keepDays.set(7);
        assertThat(privacy.purge()).as("a shorter keep applies to names kept before").isEqualTo(1);
    }

    @Test
    void withZeroDaysNoNameIsKeptAtAll() throws Exception {
        keepDays.set(0);
        privacy.keep("20261124-B001", NAME);
        privacy.settle();

        assertThat(privacy.name("20261124-B001")).isInstanceOf(CitizenPrivacy.NotKept.class);
        assertThat(new SqlCitizenNames(store.sql().orElseThrow()).find("20261124-B001")).isEmpty();
    }
}
