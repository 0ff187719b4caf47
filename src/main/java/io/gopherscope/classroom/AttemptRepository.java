package io.gopherscope.classroom;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    /** What the progress grid needs of every attempt of the given assignments (no submissions). */
    @Query("""
            select new io.gopherscope.classroom.AttemptRow(a.id, a.studentId, a.assignmentId, a.lessonId,
                a.exerciseId, a.passed, a.late, a.submittedAt)
            from Attempt a where a.assignmentId in :assignments""")
    List<AttemptRow> rows(Collection<Long> assignments);

    @Query("""
            select new io.gopherscope.classroom.AttemptRow(a.id, a.studentId, a.assignmentId, a.lessonId,
                a.exerciseId, a.passed, a.late, a.submittedAt)
            from Attempt a where a.studentId = :studentId""")
    List<AttemptRow> rowsOfStudent(Long studentId);

    List<Attempt> findByStudentIdAndAssignmentIdAndLessonIdAndExerciseIdOrderBySubmittedAtDescIdDesc(
            Long studentId, Long assignmentId, String lessonId, String exerciseId);

    long countByStudentId(Long studentId);
}
