package io.gopherscope.classroom;

import java.time.Instant;

/** What progress needs of an attempt: whose, for what, passed or not, late or not, when. */
record AttemptRow(Long id, Long studentId, Long assignmentId, String lessonId, String exerciseId, boolean passed, boolean late,
                  Instant submittedAt) {
}
