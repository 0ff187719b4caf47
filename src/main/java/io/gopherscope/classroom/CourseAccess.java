package io.gopherscope.classroom;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.security.Principal;

/**
 * The one door to a course on the instructor pages: it exists and belongs to the signed-in
 * instructor, or the answer is 404 (never 403: another instructor's course ids are not confirmed).
 */
@Component
class CourseAccess {

    private final Instructors instructors;
    private final CourseRepository courses;

    CourseAccess(Instructors instructors, CourseRepository courses) {
        this.instructors = instructors;
        this.courses = courses;
    }

    Instructor me(Principal principal) {
        return instructors.current(principal.getName());
    }

    Course own(Long courseId, Principal principal) {
        return courses.findByIdAndInstructorId(courseId, me(principal).id()).orElseThrow(CourseAccess::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
