package dev.hallq.hub.dashboard;

import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteAlertBookTest extends AlertBookContract {
    @TempDir
    Path dir;

    @Override
    protected HallStore open() {
        return JdbcHallStore.sqlite(dir.resolve("hall.db"));
    }

    @Override
    protected HallStore reopen(HallStore old) {
        old.close();
        return JdbcHallStore.sqlite(dir.resolve("hall.db"));
    }
}
