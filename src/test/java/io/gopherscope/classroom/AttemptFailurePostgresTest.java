package io.gopherscope.classroom;

import io.gopherscope.testing.DatabaseKind;
import io.gopherscope.testing.DatabaseTarget;

/** {@link AttemptFailureTests} on PostgreSQL (skipped without one, failing under CI). */
@DatabaseTarget(DatabaseKind.POSTGRESQL)
class AttemptFailurePostgresTest extends AttemptFailureTests {
}
