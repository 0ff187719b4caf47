package io.gopherscope.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One lesson: a folder {@code lessons/NN-slug/} with prose per language, example programs and
 * exercises.
 *
 * @param id     the slug: the folder name without its number ({@code goroutines})
 * @param folder the folder name ({@code 01-goroutines})
 * @param go     the Go version examples and exercises run with unless they say otherwise
 * @param texts  prose by language code ({@code en}, {@code zh})
 */
public record Lesson(String id, String folder, int order, String go, Map<String, LessonText> texts,
                     List<Example> examples, List<Exercise> exercises) {

    public Lesson {
        texts = Map.copyOf(texts);
        examples = List.copyOf(examples);
        exercises = List.copyOf(exercises);
    }

    /** The prose in {@code lang}, falling back to English. */
    public LessonText text(String lang) {
        LessonText t = texts.get(lang);
        return t != null ? t : texts.get(Texts.DEFAULT_LANG);
    }

    public Optional<Exercise> exercise(String exerciseId) {
        return exercises.stream().filter(e -> e.id().equals(exerciseId)).findFirst();
    }

    /** The first configuration of the example at {@code path}. */
    public Optional<Example> example(String path) {
        return examples.stream().filter(e -> e.file().path().equals(path)).findFirst();
    }
}
