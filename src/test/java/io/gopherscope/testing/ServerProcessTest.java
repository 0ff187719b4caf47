package io.gopherscope.testing;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServerProcessTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void startsKillsAndRestarts(DatabaseKind kind) throws Exception {
        long t0 = System.nanoTime();
        try (TestDatabase db = TestDatabase.create(kind, dir.resolve("data"))) {
            Path log = dir.resolve("server.log");
            try (ServerProcess server = ServerProcess.start(db, log)) {
                System.out.printf("started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
                server.kill();
                assertThat(server.isAlive()).isFalse();
            }
            long t1 = System.nanoTime();
            try (ServerProcess server = ServerProcess.start(db, log)) {
                System.out.printf("restarted in %d ms%n", (System.nanoTime() - t1) / 1_000_000);
                server.stop();
            }
        }
    }
}
