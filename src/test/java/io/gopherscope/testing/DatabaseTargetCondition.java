package io.gopherscope.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Skips a {@link DatabaseTarget @DatabaseTarget(POSTGRESQL)} class when no test PostgreSQL is
 * configured, before its Spring context is built; under {@code CI=true} fails it instead.
 */
final class DatabaseTargetCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        DatabaseKind kind = context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, DatabaseTarget.class))
                .map(DatabaseTarget::value)
                .orElse(DatabaseKind.EMBEDDED_H2);
        if (kind != DatabaseKind.POSTGRESQL || TestPostgres.fromEnvironment() != null) {
            return ConditionEvaluationResult.enabled("database target " + kind);
        }
        if (TestPostgres.underCi()) {
            throw new IllegalStateException("CI=true but no PostgreSQL for the tests: " + TestPostgres.missingMessage());
        }
        return ConditionEvaluationResult.disabled("skipped, no PostgreSQL: " + TestPostgres.missingMessage());
    }
}
