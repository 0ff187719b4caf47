package io.gopherscope.classroom;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.ui.Model;

/**
 * A database failure on a classroom page: 503 with a page that says so and offers a retry,
 * never a stack trace. Nothing was stored by the failed request (each write is one transaction).
 */
@ControllerAdvice(basePackageClasses = ClassroomErrors.class)
class ClassroomErrors {

    private static final Logger log = LoggerFactory.getLogger(ClassroomErrors.class);

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(RuntimeException e, HttpServletRequest request, Model model) {
        log.error("Database failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        model.addAttribute("retry", "GET".equals(request.getMethod()) ? request.getRequestURI() : null);
        return "classroom/unavailable";
    }
}
