package io.gopherscope.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface StudentRepository extends JpaRepository<Student, Long> {

    Optional<Student> findByTokenHash(String tokenHash);

    List<Student> findByCourseIdOrderByDisplayNameAscIdAsc(Long courseId);

    Optional<Student> findByIdAndCourseId(Long id, Long courseId);
}
