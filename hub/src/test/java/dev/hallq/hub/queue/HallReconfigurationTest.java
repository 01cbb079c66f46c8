package dev.hallq.hub.queue;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.admin.ConfigRevision;
import dev.hallq.hub.config.ConfigConflict;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.HallConfigFile;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A hall changed while it runs (services, windows added or removed over the HTTP API): nothing in use is lost. */
class HallReconfigurationTest {
    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final MemoryHallStore store = new MemoryHallStore();
    private final QueueEngine engine = new QueueEngine(QueueEngineTest.HALL, store, clock);

    @Test
    void aNewServiceAndANewWindowServeAtOnceAndTheRevisionIsStoredWithItsAuditLine() throws Exception {
        engine.issue("social", false, "K1");
        HallConfig next = with(QueueEngineTest.HALL, new ServiceConfig("housing", "C", "公积金", "Housing fund"),
                new WindowConfig(4, null, List.of("housing"), new StaffConfig("0104", "赵敏")));

        assertThat(engine.reconfigure(next, records(2))).isEmpty();
        engine.flush();

        assertThat(engine.issue("housing", false, "K1").ticket().number()).isEqualTo("C001");
        assertThat(engine.desk(4).phase()).isEqualTo(WindowPhase.IDLE);
        assertThat(engine.act(4, StaffAction.NEXT, null).ticket().number()).isEqualTo("C001");
        assertThat(engine.waitingFor("social")).isEqualTo(1);
        assertThat(store.latestConfig()).get().extracting(ConfigRevision::revision).isEqualTo(2L);
        assertThat(store.audit(5)).extracting(AuditEntry::action).containsExactly("CONFIG_CHANGED");
        assertThat(store.windows()).extracting(WindowDesk::number).contains(4);
    }

    @Test
    void aServiceWithWaitingTicketsCannotBeRemovedAndNothingChanges() throws Exception {
        engine.issue("tax", false, "K1");
        HallConfig withoutTax = new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"),
                List.of(QueueEngineTest.HALL.services().get(0)),
                List.of(new WindowConfig(1, null, List.of("social"), new StaffConfig("0101", "王芳")),
                        new WindowConfig(2, null, List.of("social"), new StaffConfig("0102", "李强")),
                        new WindowConfig(3, null, List.of("social"), null)));

        assertThatThrownBy(() -> engine.reconfigure(withoutTax, records(2))).isInstanceOf(ConfigConflict.class)
                .hasMessageContaining("'tax' still has 1 open ticket");
        assertThat(engine.hall()).isEqualTo(QueueEngineTest.HALL);

        engine.act(2, StaffAction.NEXT, null);
        engine.act(2, StaffAction.FINISH, null);
        engine.reconfigure(withoutTax, records(2));
        assertThat(engine.hall().service("tax")).isEmpty();
    }

    @Test
    void anOpenWindowCannotBeRemovedUntilItsStaffLogsOut() throws Exception {
        HallConfig withoutWindow1 = new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"),
                QueueEngineTest.HALL.services(), QueueEngineTest.HALL.windows().subList(1, 3));

        assertThatThrownBy(() -> engine.reconfigure(withoutWindow1, records(2))).isInstanceOf(ConfigConflict.class)
                .hasMessageContaining("window 1 is IDLE with staff 0101");

        engine.act(1, StaffAction.LOG_OUT, null);
        assertThat(engine.reconfigure(withoutWindow1, records(2))).containsExactly(1);
        assertThat(engine.desks()).extracting(WindowDesk::number).containsExactly(2, 3);
    }

    @Test
    void theHallsIdCannotChangeWhileItRuns() {
        HallConfig other = new HallConfig("H2", "别的大厅", ZoneId.of("Asia/Shanghai"),
                QueueEngineTest.HALL.services(), QueueEngineTest.HALL.windows());
        assertThatThrownBy(() -> engine.reconfigure(other, records(2))).isInstanceOf(ConfigConflict.class)
                .hasMessageContaining("hall.id");
    }

    @Test
    void aChangedPolicyAppliesToTheNextStep() throws Exception {
        HallConfig strict = new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"), QueueEngineTest.HALL.services(),
                QueueEngineTest.HALL.windows(), null,
                new dev.hallq.hub.config.QueuePolicy(1, 30, 0, 1, 30, 2, true, 65), null);
        engine.issue("social", false, "K1");
        engine.act(1, StaffAction.NEXT, null);
        engine.reconfigure(strict, records(2));
        // maxCalls is now 1: the first recall marks the ticket missed
        assertThat(engine.act(1, StaffAction.RECALL, null).ticket().state()).isEqualTo(TicketState.MISSED);
    }

    private List<dev.hallq.hub.admin.AdminRecord> records(long revision) {
        return List.of(new ConfigRevision(revision, "{}", "api", null, clock.instant(), "admin"),
                new AuditEntry(clock.instant(), "admin", "CONFIG_CHANGED", "hall", "revision " + revision));
    }

    private static HallConfig with(HallConfig hall, ServiceConfig service, WindowConfig window) {
        List<ServiceConfig> services = new ArrayList<>(hall.services());
        services.add(service);
        List<WindowConfig> windows = new ArrayList<>(hall.windows());
        windows.add(window);
        return HallConfigFile.parse(HallConfigFile.toJson(new HallConfig(hall.id(), hall.name(), hall.zone(), services,
                windows, hall.staff(), hall.policy(), hall.calendar(), hall.bundles())), "test");
    }
}
