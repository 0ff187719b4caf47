package io.gopherscope.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface InstructorRepository extends JpaRepository<Instructor, Long> {

    Optional<Instructor> findByUsername(String username);

    List<Instructor> findAllByOrderByUsername();
}
