package dev.hallq.hub.devices;

import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.store.HallStore;

import java.util.List;

/**
 * Where registered devices are kept: in the hall's database beside the queue, or in memory for a hub without
 * one. Each change is kept with its audit line, both or neither. Each backend passes the same contract test.
 */
public interface DeviceBook {

    /** Every registered device (revoked ones too), by id. */
    List<RegisteredDevice> all();

    /** Adds or replaces the device's record, with the audit line that tells of the change. */
    void save(RegisteredDevice device, AuditEntry audit);

    /** The book for a hall's store: its database when it has one, else memory (audit lines go to the store). */
    static DeviceBook of(HallStore store) {
        return store.sql().<DeviceBook>map(SqlDeviceBook::new).orElseGet(() -> new MemoryDeviceBook(store));
    }
}
