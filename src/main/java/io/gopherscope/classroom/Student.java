package io.gopherscope.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A student enrolled in one course. No password: the student holds a random token (in a cookie
 * and a personal resume link); only its SHA-256 is stored, so the database alone cannot be used to
 * act as a student.
 */
@Entity
@Table(name = "student")
class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(name = "student_number", length = 40)
    private String studentNumber;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Student() {
    }

    Student(Long courseId, String displayName, String studentNumber, String tokenHash, Instant joinedAt) {
        this.courseId = courseId;
        this.displayName = displayName;
        this.studentNumber = studentNumber;
        this.tokenHash = tokenHash;
        this.joinedAt = joinedAt;
    }

    Long id() {
        return id;
    }

    Long courseId() {
        return courseId;
    }

    String displayName() {
        return displayName;
    }

    /** The student id the student typed (a school's number), or null. */
    String studentNumber() {
        return studentNumber;
    }

    Instant joinedAt() {
        return joinedAt;
    }
}
