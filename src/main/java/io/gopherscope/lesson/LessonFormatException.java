package io.gopherscope.lesson;

/** A lesson folder that does not follow the format; the message names the file and the problem. */
public class LessonFormatException extends RuntimeException {
    public LessonFormatException(String message) {
        super(message);
    }
}
