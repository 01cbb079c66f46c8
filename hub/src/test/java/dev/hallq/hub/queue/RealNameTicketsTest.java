package dev.hallq.hub.queue;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.QueuePolicy;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.StaffAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 实名取号: one open ticket per ID card per service, elderly priority, and no ID number kept anywhere. */
class RealNameTicketsTest {
    static final String ID = "11010519491231002X";
    static final Citizen ELDER = new Citizen(ID, "张三丰", LocalDate.parse("1949-12-31"));
    static final Citizen YOUNG = new Citizen("110105200001010016", "李四", LocalDate.parse("2000-01-01"));
    static final HallConfig HALL = new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"),
            List.of(new ServiceConfig("estate", "B", "不动产登记", null, true), new ServiceConfig("social", "A", "社保", null)),
            List.of(new WindowConfig(1, null, List.of("estate", "social"), new StaffConfig("0101", "王芳"))),
            null, QueuePolicy.DEFAULT);

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private HallStore store;
    private QueueEngine engine;

    @BeforeEach
    void open() {
        store = JdbcHallStore.sqlite(dir.resolve("hall.db"));
        engine = new QueueEngine(HALL, store, clock, IdHasher.keyIn(dir.resolve("hall.db.idkey")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRealNameServiceRefusesATicketWithoutAnIdCard() {
        assertThatThrownBy(() -> engine.issue("estate", false, "K1"))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.REAL_NAME_REQUIRED);
    }

    @Test
    void aSecondRequestForTheSameServiceGivesTheSameTicketToReprint() throws Refusal {
        Issued first = engine.issue("estate", false, "K1", YOUNG);
        engine.issue("estate", false, "K2", ELDER);
        Issued again = engine.issue("estate", false, "K2", YOUNG);
        assertThat(again.reprint()).isTrue();
        assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
        assertThat(engine.issue("social", false, "K1", YOUNG).reprint()).isFalse();
    }

    @Test
    void onceTheTicketIsServedTheCitizenMayTakeANewOne() throws Refusal {
        engine.issue("estate", false, "K1", YOUNG);
        engine.act(1, StaffAction.NEXT, null);
        engine.act(1, StaffAction.FINISH, null);
        Issued next = engine.issue("estate", false, "K1", YOUNG);
        assertThat(next.reprint()).isFalse();
        assertThat(next.ticket().number()).isEqualTo("B002");
    }

    @Test
    void anElderlyCitizenGetsAPriorityTicketFromTheCardsBirthDate() throws Refusal {
        assertThat(engine.issue("estate", false, "K1", ELDER).ticket().priority()).isTrue();
        assertThat(engine.issue("estate", false, "K1", YOUNG).ticket().priority()).isFalse();
    }

    @Test
    void theRuleHoldsAcrossARestartWithTheSameKey() throws Refusal {
        String id = engine.issue("estate", false, "K1", YOUNG).ticket().id();
        engine.flush();
        QueueEngine restarted = new QueueEngine(HALL, store, clock, IdHasher.keyIn(dir.resolve("hall.db.idkey")));
        assertThat(restarted.issue("estate", false, "K1", YOUNG).ticket().id()).isEqualTo(id);
    }

    @Test
    void onlyTheKeyedHashAndMaskedFormsAreStoredNeverTheNumberOrName() throws Exception {
        engine.issue("estate", false, "K1", ELDER);
        engine.flush();
        assertThat(store.citizensOn(LocalDate.parse("2026-11-24"))).singleElement().satisfies(m -> {
            assertThat(m.maskedId()).isEqualTo("110***********002X");
            assertThat(m.maskedName()).isEqualTo("张*丰");
            assertThat(m.idHash()).hasSize(64).doesNotContain("19491231");
        });
        store.close();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                String utf8 = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertThat(bytes).as(f.getFileName().toString()).doesNotContain(ID).doesNotContain("1949123");
                assertThat(utf8).as(f.getFileName().toString()).doesNotContain("张三丰");
            }
        }
        store = JdbcHallStore.sqlite(dir.resolve("hall.db"));
    }
}
