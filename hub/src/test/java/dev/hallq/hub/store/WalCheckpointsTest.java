package dev.hallq.hub.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.hallq.hub.store.HallStoreContract.DAY;
import static dev.hallq.hub.store.HallStoreContract.issuing;
import static dev.hallq.hub.store.HallStoreContract.ticket;
import static org.assertj.core.api.Assertions.assertThat;

class WalCheckpointsTest {
    @TempDir
    Path dir;

    @Test
    void committedTicketsReachTheDatabaseFileOnlyThroughTheCheckpointThreadNotTheWritersCommits() throws Exception {
        Path file = dir.resolve("hall.db");
        JdbcHallStore store = JdbcHallStore.sqlite(file, java.time.Duration.ofHours(1)); // only when the test says
        try {
            for (int n = 1; n <= 1_500; n++) { // ~1,500 commits: SQLite's own checkpoint would have run on one of them
                store.commit(issuing(ticket("A", n, DAY, n)));
            }
            assertThat(ticketsInTheFileAlone(file, "before")).as("no commit moved the log into the file").isZero();

            assertThat(store.checkpointNow()).isPositive();

            assertThat(ticketsInTheFileAlone(file, "after")).isEqualTo(1_500);
            assertThat(store.tickets(DAY)).hasSize(1_500);
        } finally {
            store.close();
        }
    }

    /** Opens a copy of the database file without its write-ahead log: what a crash would leave if the log were lost. */
    private int ticketsInTheFileAlone(Path file, String name) throws Exception {
        Path copy = dir.resolve(name + ".db");
        Files.copy(file, copy);
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
             var s = db.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM tickets")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
