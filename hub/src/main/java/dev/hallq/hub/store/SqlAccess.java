package dev.hallq.hub.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database under a JDBC {@link HallStore}, lent to the hub's other repositories (bad-rating cases,
 * alerts, the export outbox) so that they keep their tables in the same database, under the same lock and
 * migrations, without a second connection. A repository has a memory twin for a hub without a database.
 */
public interface SqlAccess {

    /** Work on the connection; it must not commit, roll back or close it. */
    interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    /** Runs {@code work} in one transaction, committed at the end; a failure rolls it back and throws {@link StoreFailure}. */
    <T> T write(String what, Work<T> work);

    /** Runs a query; a failure throws {@link StoreFailure} naming {@code what}. */
    <T> T read(String what, Work<T> work);

    /** {@code sqlite} or {@code postgresql}: which SQL to speak where the two differ. */
    String dialect();
}
