package dev.hallq.hub.store;

/** The throwaway PostgreSQL of {@link TestPostgres}, for the tests of the hub's other repositories (cases, …). */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** A URL of a fresh schema on the shared test server (started at the first call). */
    public static String newPostgresSchemaUrl() {
        try {
            return TestPostgres.shared().newSchemaUrl();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
