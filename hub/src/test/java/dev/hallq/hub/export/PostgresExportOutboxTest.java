package dev.hallq.hub.export;

import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import dev.hallq.hub.store.TestPostgres;
import org.junit.jupiter.api.BeforeAll;

/** The outbox contract on a real PostgreSQL, each test in its own schema. */
class PostgresExportOutboxTest extends ExportOutboxContract {
    private static TestPostgres postgres;
    private String url;
    private HallStore store;

    @BeforeAll
    static void server() throws Exception {
        postgres = TestPostgres.shared();
    }

    @Override
    protected ExportOutbox open() {
        url = postgres.newSchemaUrl();
        store = JdbcHallStore.postgres(url);
        return new SqlExportOutbox(store.sql().orElseThrow());
    }

    @Override
    protected ExportOutbox reopen() {
        store.close();
        store = JdbcHallStore.postgres(url);
        return new SqlExportOutbox(store.sql().orElseThrow());
    }

    @Override
    protected void close() {
        store.close();
    }
}
