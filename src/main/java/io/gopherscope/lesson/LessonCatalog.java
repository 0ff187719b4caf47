package io.gopherscope.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lessons available to the application: read from the directory named by
 * {@code GOPHERSCOPE_LESSONS_DIR} when it is set (a teacher's mounted, edited copy; no rebuild
 * needed), otherwise from the {@code lessons/} copy packed into the jar. A folder that does not
 * load is left out and its problem kept in {@link #problems()}.
 */
public final class LessonCatalog {
    public static final String ENV = "GOPHERSCOPE_LESSONS_DIR";

    private final List<Lesson> lessons;
    private final Map<String, String> problems;
    private final String origin;

    private LessonCatalog(List<Lesson> lessons, Map<String, String> problems, String origin) {
        this.lessons = List.copyOf(lessons);
        this.problems = Map.copyOf(problems);
        this.origin = origin;
    }

    /** Loads the given folders. */
    public static LessonCatalog of(List<LessonFolder> folders, String origin) {
        List<Lesson> lessons = new ArrayList<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (LessonFolder f : folders) {
            try {
                lessons.add(LessonLoader.load(f));
            } catch (LessonFormatException e) {
                problems.put(f.name(), e.getMessage());
            }
        }
        lessons.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::folder));
        return new LessonCatalog(lessons, problems, origin);
    }

    public static LessonCatalog load(Path dir) {
        return of(LessonSource.directory(dir), dir.toString());
    }

    public static LessonCatalog loadClasspath(ClassLoader loader) {
        return of(LessonSource.classpath(loader), "classpath:lessons/");
    }

    /** {@code dir} when given, else {@code $GOPHERSCOPE_LESSONS_DIR}, else the classpath copy. */
    public static LessonCatalog fromEnvironment(String dir) {
        String d = dir != null && !dir.isBlank() ? dir : System.getenv(ENV);
        if (d != null && !d.isBlank()) {
            return load(Path.of(d));
        }
        return loadClasspath(LessonCatalog.class.getClassLoader());
    }

    /** Lessons in curriculum order. */
    public List<Lesson> lessons() {
        return lessons;
    }

    /** Folder name → why it did not load. */
    public Map<String, String> problems() {
        return problems;
    }

    /** Where the lessons came from (a directory or the classpath). */
    public String origin() {
        return origin;
    }

    public Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id) || l.folder().equals(id)).findFirst();
    }

    public Optional<Exercise> exercise(String lessonId, String exerciseId) {
        return find(lessonId).flatMap(l -> l.exercise(exerciseId));
    }
}
