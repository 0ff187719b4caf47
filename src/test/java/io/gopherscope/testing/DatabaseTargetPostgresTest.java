package io.gopherscope.testing;

/** {@link DatabaseTargetTests} on PostgreSQL (skipped without one, failing under CI). */
@DatabaseTarget(DatabaseKind.POSTGRESQL)
class DatabaseTargetPostgresTest extends DatabaseTargetTests {
    @Override
    DatabaseKind expected() {
        return DatabaseKind.POSTGRESQL;
    }
}
