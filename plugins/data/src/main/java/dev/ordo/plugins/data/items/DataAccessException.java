package dev.ordo.plugins.data.items;

import java.sql.SQLException;

/** A database error the data path did not expect: answered as a 500 (or 503 when the database is unreachable). */
public final class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(SQLException cause) {
        super("The database refused a statement of the data path: " + cause.getMessage(), cause);
    }

    public SQLException sqlCause() {
        return (SQLException) getCause();
    }
}
