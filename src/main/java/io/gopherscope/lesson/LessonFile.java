package io.gopherscope.lesson;

/** A file of a lesson folder: its path relative to the folder and its text. */
public record LessonFile(String path, String text) {

    /** The file name without folders, used as the Go file name in compile errors. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
