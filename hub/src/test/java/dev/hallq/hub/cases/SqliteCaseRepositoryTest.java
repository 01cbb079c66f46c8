package dev.hallq.hub.cases;

import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteCaseRepositoryTest extends CaseRepositoryContract {
    @TempDir
    Path dir;

    @Override
    protected HallStore openStore() {
        return JdbcHallStore.sqlite(dir.resolve("hall.db"));
    }

    @Override
    protected HallStore reopen(HallStore old) {
        old.close();
        return JdbcHallStore.sqlite(dir.resolve("hall.db"));
    }

    @Override
    protected CaseRepository repository(HallStore store) {
        return new SqlCaseRepository(store.sql().orElseThrow());
    }
}
