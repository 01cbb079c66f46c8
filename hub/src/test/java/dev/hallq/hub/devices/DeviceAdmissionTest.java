package dev.hallq.hub.devices;

import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which devices the hub takes messages from, without a hub: the rules of registering, revoking and restoring. */
class DeviceAdmissionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00.123456Z"), ZoneOffset.UTC);
    private final MemoryHallStore store = new MemoryHallStore();

    private DeviceAdmission admission(boolean requireRegistered) {
        return new DeviceAdmission(DeviceBook.of(store), CLOCK, requireRegistered);
    }

    @Test
    void byDefaultUnregisteredDevicesAreTakenAndRevokedOnesAreNotUntilRestored() {
        DeviceAdmission admission = admission(false);
        assertThat(admission.refusal("K1")).isEmpty();

        admission.register("admin", "K1", DeviceKind.KIOSK, null, null);
        RegisteredDevice revoked = admission.revoke("li", "K1", "sent for repair", null);
        assertThat(revoked.revokedAt()).isEqualTo(Instant.parse("2026-11-24T02:00:00.123Z"));
        assertThat(admission.refusal("K1")).get().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ErrorCode.DEVICE_REVOKED);
            assertThat(r.message()).contains("li", "sent for repair");
        });
        assertThat(admission.admits("K1")).isFalse();

        admission.restore("admin", "K1");
        assertThat(admission.refusal("K1")).isEmpty();
        assertThat(store.audit(10)).extracting(a -> a.action())
                .containsExactly("DEVICE_RESTORED", "DEVICE_REVOKED", "DEVICE_REGISTERED");
    }

    @Test
    void whenRegistrationIsRequiredOnlyRegisteredDevicesAreTaken() {
        DeviceAdmission admission = admission(true);
        assertThat(admission.refusal("P1")).get().extracting(DeviceAdmission.Refusal::code)
                .isEqualTo(ErrorCode.DEVICE_NOT_REGISTERED);
        admission.register("admin", "P1", DeviceKind.TICKET_PRINTER, null, "前台打印机");
        assertThat(admission.admits("P1")).isTrue();
    }

    @Test
    void aDeviceHeardOfButNeverRegisteredCanBeRevokedOneNeverHeardOfCannot() {
        DeviceAdmission admission = admission(false);
        assertThatThrownBy(() -> admission.revoke("admin", "E9", "stranger", null))
                .isInstanceOfSatisfying(DeviceAdmission.Refused.class, e -> assertThat(e.notFound()).isTrue());

        RegisteredDevice d = admission.revoke("admin", "E9", "stranger", DeviceKind.EVALUATOR);
        assertThat(d.kind()).isEqualTo(DeviceKind.EVALUATOR);
        assertThat(admission.refusal("E9")).get().extracting(DeviceAdmission.Refusal::code).isEqualTo(ErrorCode.DEVICE_REVOKED);
    }

    @Test
    void doubleChangesAreRefusedAndChangeNothing() {
        DeviceAdmission admission = admission(false);
        admission.register("admin", "S3", DeviceKind.WINDOW_SCREEN, 3, null);
        assertThatThrownBy(() -> admission.register("admin", "S3", DeviceKind.WINDOW_SCREEN, 3, null))
                .isInstanceOfSatisfying(DeviceAdmission.Refused.class, e -> assertThat(e.code()).isEqualTo("EXISTS"));
        assertThatThrownBy(() -> admission.restore("admin", "S3"))
                .isInstanceOfSatisfying(DeviceAdmission.Refused.class, e -> assertThat(e.code()).isEqualTo("NOT_REVOKED"));
        assertThatThrownBy(() -> admission.revoke("admin", "S3", " ", null)).isInstanceOf(IllegalArgumentException.class);
        admission.revoke("admin", "S3", "broken", null);
        assertThatThrownBy(() -> admission.revoke("admin", "S3", "again", null))
                .isInstanceOfSatisfying(DeviceAdmission.Refused.class, e -> assertThat(e.code()).isEqualTo("ALREADY_REVOKED"));
        assertThatThrownBy(() -> admission.register("admin", "S3", DeviceKind.WINDOW_SCREEN, 3, null))
                .isInstanceOfSatisfying(DeviceAdmission.Refused.class, e -> assertThat(e.code()).isEqualTo("REVOKED"));
        assertThat(admission.find("S3")).get().extracting(RegisteredDevice::reason).isEqualTo("broken");
        assertThat(store.audit(10)).hasSize(2);
    }

    @Test
    void aHubStartingAgainKnowsWhatWasRevoked() {
        DeviceBook book = DeviceBook.of(store);
        new DeviceAdmission(book, CLOCK, false).register("admin", "K2", DeviceKind.KIOSK, null, null);
        DeviceAdmission first = new DeviceAdmission(book, CLOCK, false);
        first.revoke("admin", "K2", "lost", null);
        assertThat(new DeviceAdmission(book, CLOCK, false).admits("K2")).isFalse();
    }
}
