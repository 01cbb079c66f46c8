package dev.hallq.hub.store;

import dev.hallq.hub.devices.DeviceBook;

class MemoryDeviceBookTest extends DeviceBookContract {
    @Override
    protected HallStore open() {
        return new MemoryHallStore();
    }

    /** A memory hub keeps nothing over a restart; the same store and book stand in for one. */
    @Override
    protected HallStore reopen(HallStore old) {
        return old;
    }

    @Override
    protected DeviceBook bookAfterRestart(DeviceBook old) {
        return old;
    }
}
