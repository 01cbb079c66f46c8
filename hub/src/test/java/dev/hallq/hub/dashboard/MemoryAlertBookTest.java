package dev.hallq.hub.dashboard;

import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.MemoryHallStore;

/** The memory twin: a hub without a database keeps its alerts only while it runs, so "restart" is the same book. */
class MemoryAlertBookTest extends AlertBookContract {
    private final java.util.Map<HallStore, AlertBook> books = new java.util.IdentityHashMap<>();

    @Override
    protected HallStore open() {
        return new MemoryHallStore();
    }

    @Override
    protected HallStore reopen(HallStore old) {
        return old;
    }

    @Override
    protected AlertBook bookOf(HallStore s) {
        AlertBook b = books.computeIfAbsent(s, x -> AlertBook.of(x));
        org.assertj.core.api.Assertions.assertThat(b).isInstanceOf(MemoryAlertBook.class);
        return b;
    }
}
