package io.gopherscope.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link DatabaseTarget} support itself, written once and run on both databases (the pattern
 * the persistence tests follow): each context gets a fresh data directory, and with PostgreSQL a
 * fresh schema that the connection lands in.
 */
@SpringJUnitConfig(DatabaseTargetTests.Empty.class)
abstract class DatabaseTargetTests {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Autowired
    Environment env;

    abstract DatabaseKind expected();

    @Test
    void theContextPointsAtAFreshDatabaseOfItsKind() throws Exception {
        Path dataDir = Path.of(env.getRequiredProperty("gopherscope.data-dir"));
        assertThat(dataDir).isDirectory().startsWith(DatabaseTargetContextCustomizerFactory.ROOT.toAbsolutePath());
        String url = env.getProperty("spring.datasource.url");
        if (expected() == DatabaseKind.EMBEDDED_H2) {
            assertThat(url).as("H2 comes from the application's own default").isNull();
            try (var files = Files.list(dataDir)) {
                assertThat(files).isEmpty();
            }
            return;
        }
        assertThat(url).startsWith("jdbc:postgresql:").contains("currentSchema=t_");
        try (Connection c = DriverManager.getConnection(url, env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT current_schema(), (SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema())")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(url.substring(url.indexOf("currentSchema=") + "currentSchema=".length()));
            assertThat(rs.getInt(2)).as("tables in the fresh schema").isZero();
        }
    }
}
