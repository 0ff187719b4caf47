package io.gopherscope.testing;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test class against a fresh database of the given kind: an empty data directory
 * under {@code target/test-databases/} for the embedded H2, or a new schema in the test PostgreSQL
 * ({@link TestPostgres}) set through {@code spring.datasource.*}. Contexts are cached per kind, so
 * all classes with the same target share one database, as they share one context.
 *
 * <p>To run a set of tests on both databases, write them once in an abstract class and give it
 * two empty subclasses:
 *
 * <pre>{@code
 * @SpringBootTest @AutoConfigureMockMvc
 * abstract class CourseAuthorizationTests { @Test void ...() {} }
 *
 * @DatabaseTarget(DatabaseKind.EMBEDDED_H2) class CourseAuthorizationH2Test extends CourseAuthorizationTests {}
 * @DatabaseTarget(DatabaseKind.POSTGRESQL)  class CourseAuthorizationPostgresTest extends CourseAuthorizationTests {}
 * }</pre>
 *
 * <p>The PostgreSQL class is skipped, with a message, when the test PostgreSQL is not configured,
 * and fails instead under {@code CI=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DatabaseTargetCondition.class)
@ContextCustomizerFactories(DatabaseTargetContextCustomizerFactory.class)
public @interface DatabaseTarget {
    DatabaseKind value();
}
