package dev.hallq.hub.privacy;

import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import dev.hallq.hub.store.TestPostgres;
import org.junit.jupiter.api.BeforeAll;

class PostgresCitizenNamesTest extends CitizenNamesContract {
    private static TestPostgres postgres;
    private HallStore store;

    @BeforeAll
    static void server() throws Exception {
        postgres = TestPostgres.shared();
    }

    @Override
    protected CitizenNames open() {
        store = JdbcHallStore.postgres(postgres.newSchemaUrl());
        return new SqlCitizenNames(store.sql().orElseThrow());
    }

    @Override
    protected void close() {
        store.close();
    }
}
