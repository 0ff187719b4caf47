package io.gopherscope.classroom;

import io.gopherscope.system.SecurityConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/**
 * Instructor accounts: sign-in for Spring Security, the first account (from
 * {@code GOPHERSCOPE_ADMIN_USER}/{@code GOPHERSCOPE_ADMIN_PASSWORD} on start, or the one-time
 * {@code /setup} page), and further accounts created by an instructor.
 */
@Service
class Instructors implements UserDetailsService, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Instructors.class);

    private final InstructorRepository repo;
    private final PasswordEncoder encoder;
    private final ClassroomProperties props;
    private final Clock clock;

    Instructors(InstructorRepository repo, PasswordEncoder encoder, ClassroomProperties props, Clock clock) {
        this.repo = repo;
        this.encoder = encoder;
        this.props = props;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Instructor i = repo.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such instructor"));
        return User.withUsername(i.username()).password(i.passwordHash()).roles(SecurityConfiguration.INSTRUCTOR).build();
    }

    @Override
    public void run(ApplicationArguments args) {
        String user = Limits.clean(props.adminUser());
        String password = props.adminPassword();
        if (user.isEmpty() && (password == null || password.isEmpty())) {
            return;
        }
        if (user.isEmpty() || password == null || password.isEmpty()) {
            log.warn("Set both GOPHERSCOPE_ADMIN_USER and GOPHERSCOPE_ADMIN_PASSWORD to create the first instructor");
            return;
        }
        if (!Limits.validUsername(user) || Limits.passwordProblem(password, password) != null) {
            log.warn("GOPHERSCOPE_ADMIN_USER must be 3 to 64 letters, digits or ._@- and GOPHERSCOPE_ADMIN_PASSWORD "
                    + "{} characters to {} bytes; no instructor created", Limits.PASSWORD_MIN, Limits.PASSWORD_MAX_BYTES);
            return;
        }
        if (createFirst(user, password).isPresent()) {
            log.info("Created the first instructor '{}' from GOPHERSCOPE_ADMIN_USER", user);
        }
    }

    boolean anyExists() {
        return repo.count() > 0;
    }

    /**
     * Creates the first instructor, unless one exists by now. Synchronized, and each statement
     * commits on its own, so two set-up forms sent at once to one server create one account.
     */
    synchronized Optional<Instructor> createFirst(String username, String password) {
        if (repo.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(repo.save(new Instructor(username, encoder.encode(password), clock.instant())));
    }

    /** A further instructor; empty if the user name is taken (the unique constraint catches a race). */
    Optional<Instructor> create(String username, String password) {
        if (repo.findByUsername(username).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(repo.save(new Instructor(username, encoder.encode(password), clock.instant())));
    }

    /** The signed-in instructor, by the name Spring Security authenticated. */
    Instructor current(String username) {
        return repo.findByUsername(username).orElseThrow(() -> new IllegalStateException("signed-in instructor vanished"));
    }
}
