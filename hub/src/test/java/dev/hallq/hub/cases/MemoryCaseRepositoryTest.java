package dev.hallq.hub.cases;

import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.MemoryHallStore;

class MemoryCaseRepositoryTest extends CaseRepositoryContract {
    private MemoryCaseRepository kept;

    @Override
    protected HallStore openStore() {
        return new MemoryHallStore();
    }

    @Override
    protected HallStore reopen(HallStore old) {
        return old;
    }

    @Override
    protected CaseRepository repository(HallStore store) {
        if (kept == null) {
            kept = new MemoryCaseRepository(store);
        }
        return kept;
    }
}
