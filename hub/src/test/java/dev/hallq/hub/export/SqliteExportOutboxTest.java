package dev.hallq.hub.export;

import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteExportOutboxTest extends ExportOutboxContract {
    @TempDir
    Path dir;
    private HallStore store;

    @Override
    protected ExportOutbox open() {
        store = JdbcHallStore.sqlite(dir.resolve("hall.db"));
        return new SqlExportOutbox(store.sql().orElseThrow());
    }

    @Override
    protected ExportOutbox reopen() {
        store.close();
        return open();
    }

    @Override
    protected void close() {
        store.close();
    }
}
