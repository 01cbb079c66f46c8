package dev.hallq.hub.store;

class MemoryHallStoreTest extends HallStoreContract {
    @Override
    protected HallStore open() {
        return new MemoryHallStore();
    }

    @Override
    protected HallStore reopen(HallStore old) {
        return old;
    }
}
