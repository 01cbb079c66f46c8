package dev.hallq.hub.store;

import java.nio.file.Path;

/** Opens the store a hub is told to use. */
public final class Stores {
    private Stores() {
    }

    /**
     * @param database null: keep everything in memory; {@code jdbc:postgresql:…}: that PostgreSQL database;
     *                 anything else: the path of a SQLite file
     */
    public static HallStore open(String database) {
        if (database == null) {
            return new MemoryHallStore();
        }
        if (database.startsWith("jdbc:postgresql:")) {
            return JdbcHallStore.postgres(database);
        }
        if (database.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--db: only PostgreSQL URLs (jdbc:postgresql:…) or a SQLite file path, was '"
                    + database + "'");
        }
        return JdbcHallStore.sqlite(Path.of(database));
    }
}
