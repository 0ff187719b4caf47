package io.gopherscope.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface CourseRepository extends JpaRepository<Course, Long> {

    List<Course> findByInstructorIdOrderByCreatedAtDesc(Long instructorId);

    Optional<Course> findByIdAndInstructorId(Long id, Long instructorId);

    Optional<Course> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);
}
