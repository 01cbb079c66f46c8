package dev.hallq.hub.queue;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 上岗 at a pad with a staff card or a 工号 and PIN; presence is recorded per window. */
class StaffCredentialsTest {
    private static final String PIN_HASH = PinCheck.hash("2468");
    private static final HallConfig HALL = new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"),
            List.of(new ServiceConfig("social", "A", "社保", null)),
            List.of(new WindowConfig(1, null, List.of("social"), null), new WindowConfig(2, null, List.of("social"), null)),
            List.of(new StaffConfig("0101", "王芳", null, null, "04a1b2c3d4", PIN_HASH),
                    new StaffConfig("0102", "李强")), null);

    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final MemoryHallStore store = new MemoryHallStore();
    private final QueueEngine engine = new QueueEngine(HALL, store, clock);

    @Test
    void aStaffCardLogsItsHolderIn() throws Refusal {
        StaffOutcome in = engine.act(StaffCommand.logIn("c-1", null, 1, null, null, "04A1B2C3D4"));
        assertThat(in.desk().staffNo()).isEqualTo("0101");
        assertThat(in.desk().phase()).isEqualTo(WindowPhase.IDLE);
        engine.flush();
        assertThat(store.events(0, 10)).extracting(HallEvent::type).contains("LOGGED_IN");
    }

    @Test
    void aStaffNumberWithAPinNeedsTheRightPin() throws Refusal {
        assertThatThrownBy(() -> engine.act(StaffCommand.logIn("c-1", null, 1, "0101", null, null)))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.UNKNOWN_STAFF);
        assertThatThrownBy(() -> engine.act(StaffCommand.logIn("c-2", null, 1, "0101", "1357", null)))
                .hasMessageContaining("工号或密码错误");
        assertThat(engine.desk(1).phase()).isEqualTo(WindowPhase.CLOSED);
        assertThat(engine.act(StaffCommand.logIn("c-3", null, 1, "0101", "2468", null)).desk().staffNo()).isEqualTo("0101");
    }

    @Test
    void staffWithoutAPinLogInWithTheirNumberAsBefore() throws Refusal {
        assertThat(engine.act(StaffCommand.logIn("c-1", null, 2, "0102", null, null)).desk().staffNo()).isEqualTo("0102");
    }

    @Test
    void anUnknownCardOrACardOfSomeoneElseIsRefused() {
        assertThatThrownBy(() -> engine.act(StaffCommand.logIn("c-1", null, 1, null, null, "DEADBEEF01")))
                .hasMessageContaining("belongs to nobody");
        assertThatThrownBy(() -> engine.act(StaffCommand.logIn("c-2", null, 1, "0102", null, "04A1B2C3D4")))
                .hasMessageContaining("not 0102's");
    }

    @Test
    void twoStaffCannotShareACard() {
        assertThatThrownBy(() -> new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"), HALL.services(), HALL.windows(),
                List.of(new StaffConfig("0101", "王芳", null, null, "AABBCCDD", null),
                        new StaffConfig("0102", "李强", null, null, "aabbccdd", null)), null))
                .hasMessageContaining("same cardUid");
    }

    @Test
    void thePinNeverShowsInACommandsText() {
        assertThat(StaffCommand.logIn("c-1", null, 1, "0101", "2468", null).toString()).doesNotContain("2468");
    }
}
