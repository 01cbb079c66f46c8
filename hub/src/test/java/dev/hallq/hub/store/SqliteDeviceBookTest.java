package dev.hallq.hub.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteDeviceBookTest extends DeviceBookContract {
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
