package io.gopherscope.testing;

/** {@link DatabaseTargetTests} on the embedded H2. */
@DatabaseTarget(DatabaseKind.EMBEDDED_H2)
class DatabaseTargetH2Test extends DatabaseTargetTests {
    @Override
    DatabaseKind expected() {
        return DatabaseKind.EMBEDDED_H2;
    }
}
