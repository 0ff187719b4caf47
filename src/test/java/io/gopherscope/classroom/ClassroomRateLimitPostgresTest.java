package io.gopherscope.classroom;

import io.gopherscope.testing.DatabaseKind;
import io.gopherscope.testing.DatabaseTarget;

/**
 * {@link ClassroomRateLimitTest} again, on PostgreSQL (the base class runs on the embedded H2); skipped without a
 * test PostgreSQL, failing under CI. See docs/classroom.md, "Testing on both databases".
 */
@DatabaseTarget(DatabaseKind.POSTGRESQL)
class ClassroomRateLimitPostgresTest extends ClassroomRateLimitTest {
}
