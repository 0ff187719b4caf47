package io.gopherscope.testing;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Gives a context of a {@link DatabaseTarget} test class its own fresh database (named on the
 * annotation through {@code @ContextCustomizerFactories}).
 */
public final class DatabaseTargetContextCustomizerFactory implements ContextCustomizerFactory {

    static final Path ROOT = Path.of("target", "test-databases");

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var annotation = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .get(DatabaseTarget.class);
        if (!annotation.isPresent()) {
            return null;
        }
        return new Customizer(annotation.getEnum("value", DatabaseKind.class));
    }

    /** Equal per kind, so Spring's context cache keeps one context (and one database) per kind. */
    private record Customizer(DatabaseKind kind) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Path dataDir;
            try {
                Files.createDirectories(ROOT);
                dataDir = Files.createTempDirectory(ROOT, kind.name().toLowerCase(java.util.Locale.ROOT) + "-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestDatabase database = TestDatabase.create(kind, dataDir);
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("databaseTarget", database.springProperties()));
            context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> database.close());
        }
    }
}
