package dev.hallq.hub.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class ConcurrentHallOnSqliteTest extends ConcurrentHallContract {
    @TempDir
    Path dir;

    @Override
    protected HallStore open() {
        return JdbcHallStore.sqlite(dir.resolve("hall.db"));
    }
}
