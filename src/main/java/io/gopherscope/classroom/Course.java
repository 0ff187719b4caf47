package io.gopherscope.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A course of one instructor; students join it with its join code, which can be replaced. */
@Entity
@Table(name = "course")
class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instructor_id", nullable = false)
    private Long instructorId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "join_code", nullable = false, length = 16)
    private String joinCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Course() {
    }

    Course(Long instructorId, String name, String joinCode, Instant createdAt) {
        this.instructorId = instructorId;
        this.name = name;
        this.joinCode = joinCode;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    Long instructorId() {
        return instructorId;
    }

    String name() {
        return name;
    }

    String joinCode() {
        return joinCode;
    }

    void joinCode(String code) {
        this.joinCode = code;
    }

    Instant createdAt() {
        return createdAt;
    }
}
