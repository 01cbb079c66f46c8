package dev.hallq.hub.store;

import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.devices.DeviceBook;
import dev.hallq.hub.devices.RegisteredDevice;
import dev.hallq.protocol.DeviceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every backend of {@link DeviceBook} must do: memory, SQLite and PostgreSQL each run these. */
abstract class DeviceBookContract {
    static final Instant T0 = Instant.parse("2026-11-24T01:00:00.123Z");

    protected HallStore store;

    /** A fresh hall store; the book is {@link DeviceBook#of} it. */
    protected abstract HallStore open();

    /** The same data after a restart; memory stores return the same one. */
    protected abstract HallStore reopen(HallStore old);

    /** The book after a restart: a new one over the reopened store; memory keeps the one it has. */
    protected DeviceBook bookAfterRestart(DeviceBook old) {
        return DeviceBook.of(store);
    }

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aRegisteredDeviceIsKeptWithItsAuditLineAndOutlivesARestart() {
        DeviceBook book = DeviceBook.of(store);
        RegisteredDevice kiosk = RegisteredDevice.registered("K1", DeviceKind.KIOSK, null, "东门取号机", "admin", T0);
        RegisteredDevice pad = RegisteredDevice.registered("E3", DeviceKind.EVALUATOR, 3, null, "manager", T0.plusSeconds(5));
        book.save(kiosk, new AuditEntry(T0, "admin", "DEVICE_REGISTERED", "device/K1", "KIOSK"));
        book.save(pad, new AuditEntry(T0.plusSeconds(5), "manager", "DEVICE_REGISTERED", "device/E3", "EVALUATOR"));

        assertThat(book.all()).containsExactly(pad, kiosk);
        assertThat(store.audit(10)).extracting(AuditEntry::target).containsExactly("device/E3", "device/K1");

        store = reopen(store);
        assertThat(bookAfterRestart(book).all()).containsExactly(pad, kiosk);
    }

    @Test
    void revokingAndRestoringReplaceTheRecordAndEachLeavesAnAuditLine() {
        DeviceBook book = DeviceBook.of(store);
        RegisteredDevice printer = RegisteredDevice.registered("P1", DeviceKind.TICKET_PRINTER, null, null, "admin", T0);
        book.save(printer, new AuditEntry(T0, "admin", "DEVICE_REGISTERED", "device/P1", null));
        RegisteredDevice revoked = printer.revoke("manager", T0.plusSeconds(60), "stolen from the hall");
        book.save(revoked, new AuditEntry(T0.plusSeconds(60), "manager", "DEVICE_REVOKED", "device/P1", "stolen from the hall"));

        store = reopen(store);
        book = bookAfterRestart(book);
        assertThat(book.all()).singleElement().satisfies(d -> {
            assertThat(d.revoked()).isTrue();
            assertThat(d.revokedBy()).isEqualTo("manager");
            assertThat(d.revokedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(d.reason()).isEqualTo("stolen from the hall");
            assertThat(d.registeredBy()).isEqualTo("admin");
        });

        book.save(revoked.restore(), new AuditEntry(T0.plusSeconds(120), "admin", "DEVICE_RESTORED", "device/P1", null));
        assertThat(book.all()).containsExactly(printer);
        assertThat(store.audit(10)).extracting(AuditEntry::action)
                .containsExactly("DEVICE_RESTORED", "DEVICE_REVOKED", "DEVICE_REGISTERED");
    }
}
