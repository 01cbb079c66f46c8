package dev.hallq.hub.devices;

import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.store.Change;
import dev.hallq.hub.store.HallStore;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The device book of a hub without a database; its audit lines go to the (memory) hall store. */
final class MemoryDeviceBook implements DeviceBook {
    private final Map<String, RegisteredDevice> devices = new TreeMap<>();
    private final HallStore store;

    MemoryDeviceBook(HallStore store) {
        this.store = store;
    }

    @Override
    public synchronized List<RegisteredDevice> all() {
        return devices.values().stream().sorted(Comparator.comparing(RegisteredDevice::id)).toList();
    }

    @Override
    public synchronized void save(RegisteredDevice device, AuditEntry audit) {
        store.commit(Change.admin(List.of(audit)));
        devices.put(device.id(), device);
    }
}
