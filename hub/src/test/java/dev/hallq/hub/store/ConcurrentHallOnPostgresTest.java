package dev.hallq.hub.store;

class ConcurrentHallOnPostgresTest extends ConcurrentHallContract {
    @Override
    protected HallStore open() {
        try {
            return JdbcHallStore.postgres(TestPostgres.shared().newSchemaUrl());
        } catch (Exception e) {
            throw new IllegalStateException("no PostgreSQL for the test: " + e.getMessage(), e);
        }
    }
}
