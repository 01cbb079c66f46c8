package dev.hallq.hub.store;

import org.junit.jupiter.api.BeforeAll;

/** The device book on a real PostgreSQL, each test in its own schema. */
class PostgresDeviceBookTest extends DeviceBookContract {
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
