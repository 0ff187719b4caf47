package io.gopherscope.testing;

/** The two databases Gopherscope supports, as targets for the persistence tests. */
public enum DatabaseKind {
    /** The default: an H2 file database under the data directory, inside the server's own process. */
    EMBEDDED_H2("embedded H2"),
    /** A PostgreSQL server named by {@code SPRING_DATASOURCE_URL}; in tests, by {@link TestPostgres}. */
    POSTGRESQL("PostgreSQL");

    private final String label;

    DatabaseKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
