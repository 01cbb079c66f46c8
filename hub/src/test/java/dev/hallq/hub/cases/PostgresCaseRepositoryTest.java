package dev.hallq.hub.cases;

import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import dev.hallq.hub.store.TestDatabases;

/** The case contract on a real PostgreSQL, each test in its own schema. */
class PostgresCaseRepositoryTest extends CaseRepositoryContract {
    private String url;

    @Override
    protected HallStore openStore() {
        url = TestDatabases.newPostgresSchemaUrl();
        return JdbcHallStore.postgres(url);
    }

    @Override
    protected HallStore reopen(HallStore old) {
        old.close();
        return JdbcHallStore.postgres(url);
    }

    @Override
    protected CaseRepository repository(HallStore store) {
        return new SqlCaseRepository(store.sql().orElseThrow());
    }
}
