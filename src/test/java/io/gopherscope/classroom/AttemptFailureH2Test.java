package io.gopherscope.classroom;

import io.gopherscope.testing.DatabaseKind;
import io.gopherscope.testing.DatabaseTarget;

/** {@link AttemptFailureTests} on the embedded H2. */
@DatabaseTarget(DatabaseKind.EMBEDDED_H2)
class AttemptFailureH2Test extends AttemptFailureTests {
}
