package dev.hallq.hub.store;

import dev.hallq.hub.dashboard.AlertBookContract;
import org.junit.jupiter.api.BeforeAll;

/** The dashboard's alert book on a real PostgreSQL (here, beside {@link TestPostgres}), each test in its own schema. */
class PostgresAlertBookTest extends AlertBookContract {
    private static TestPostgres postgres;
    private String url;

    @BeforeAll
    static void server() throws Exception {
        postgres = TestPostgres.shared();
    }

    @Override
    protected HallStore open() {
        url = postgres.newSchemaUrl();
        return JdbcHallStore.postgres(url);
    }

    @Override
    protected HallStore reopen(HallStore old) {
        old.close();
        return JdbcHallStore.postgres(url);
    }
}
