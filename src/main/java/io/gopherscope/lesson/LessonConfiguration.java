package io.gopherscope.lesson;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lesson catalog of the web application: {@code gopherscope.lessons-dir}
 * ({@code GOPHERSCOPE_LESSONS_DIR}) when set, otherwise the lessons packed in the jar.
 */
@Configuration(proxyBeanMethods = false)
class LessonConfiguration {

    @Bean
    LessonCatalog lessonCatalog(@Value("${gopherscope.lessons-dir:}") String dir) {
        return LessonCatalog.fromEnvironment(dir);
    }

    @Bean
    SandboxRun.Cache sandboxRuns(LessonCatalog catalog) {
        return new SandboxRun.Cache(catalog);
    }

    @Bean
    ExerciseChecker exerciseChecker() {
        return new ExerciseChecker();
    }
}
