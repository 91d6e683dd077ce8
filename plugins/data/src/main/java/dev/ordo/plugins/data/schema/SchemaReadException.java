package dev.ordo.plugins.data.schema;

/** The database or its metadata could not be read while building the schema overview. */
public final class SchemaReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
