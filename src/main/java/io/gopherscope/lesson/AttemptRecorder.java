package io.gopherscope.lesson;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

/**
 * Keeps a record of graded submissions. The lesson pages grade without one; the classroom
 * provides one that stores the attempt when the visitor is a student enrolled in a course whose
 * open assignment holds the exercise. Lives here, implemented elsewhere, so that {@code lesson}
 * never depends on {@code classroom}.
 */
public interface AttemptRecorder {

    /**
     * Called after {@code submission} was graded. Must not throw: a storage failure is reported
     * as {@link Status#FAILED}, so the student is told to submit again.
     */
    Receipt record(HttpServletRequest request, Lesson lesson, Exercise exercise, String submission, Verdict verdict);

    enum Status {
        /** Not a classroom attempt (no student, or the exercise is in no open assignment). */
        NONE,
        /** Stored and committed. */
        RECORDED,
        /** Not stored on purpose: the assignment's due date passed and it refuses late work. */
        REFUSED,
        /** Not stored because the database failed; the student should submit again. */
        FAILED
    }

    /**
     * @param note      what to tell the student, per language ({@code en}, {@code zh}); empty for none
     * @param attemptId the stored attempt's id when {@link Status#RECORDED}, else null
     */
    record Receipt(Status status, Map<String, String> note, Long attemptId) {
        public static final Receipt NONE = new Receipt(Status.NONE, Map.of(), null);

        public Receipt {
            note = Map.copyOf(note);
        }

        public String note(String lang) {
            return note.isEmpty() ? null : Texts.pick(note, lang);
        }
    }
}
