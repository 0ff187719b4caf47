package io.gopherscope.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /** A course's assignments, earliest due first. */
    List<Assignment> findByCourseIdOrderByDueAtAscIdAsc(Long courseId);

    Optional<Assignment> findByIdAndCourseId(Long id, Long courseId);
}
