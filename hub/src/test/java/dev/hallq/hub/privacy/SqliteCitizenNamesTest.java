package dev.hallq.hub.privacy;

import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteCitizenNamesTest extends CitizenNamesContract {
    @TempDir
    Path dir;
    private HallStore store;

    @Override
    protected CitizenNames open() {
        store = JdbcHallStore.sqlite(dir.resolve("hall.db"));
        return new SqlCitizenNames(store.sql().orElseThrow());
    }

    @Override
    protected void close() {
        store.close();
    }
}
