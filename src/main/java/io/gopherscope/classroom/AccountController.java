package io.gopherscope.classroom;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

/**
 * Instructor accounts: the sign-in page (Spring Security handles its POST), the one-time set-up
 * page that creates the first instructor on a fresh install (404 once one exists), and the page
 * where an instructor adds colleagues.
 */
@Controller
class AccountController {
    static final String LOGIN = "/login";
    static final String SETUP = "/setup";
    static final String INSTRUCTORS = "/teach/instructors";

    private final Instructors instructors;
    private final InstructorRepository repo;

    AccountController(Instructors instructors, InstructorRepository repo) {
        this.instructors = instructors;
        this.repo = repo;
    }

    @GetMapping(LOGIN)
    String login(Model model) {
        model.addAttribute("setupOpen", !instructors.anyExists());
        return "classroom/login";
    }

    @GetMapping(SETUP)
    String setup() {
        if (instructors.anyExists()) {
            throw CourseAccess.notFound();
        }
        return "classroom/setup";
    }

    @PostMapping(SETUP)
    String createFirst(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                       @RequestParam(defaultValue = "") String confirm, Model model, RedirectAttributes flash) {
        if (instructors.anyExists()) {
            throw CourseAccess.notFound();
        }
        String name = Limits.clean(username);
        String problem = problem(name, password, confirm);
        if (problem != null) {
            model.addAttribute("problem", problem);
            model.addAttribute("username", name);
            return "classroom/setup";
        }
        if (instructors.createFirst(name, password).isEmpty()) {
            throw CourseAccess.notFound();
        }
        flash.addFlashAttribute("created", name);
        return "redirect:" + LOGIN;
    }

    @GetMapping(INSTRUCTORS)
    String list(Model model) {
        model.addAttribute("instructors", repo.findAllByOrderByUsername().stream().map(Instructor::username).toList());
        return "classroom/instructors";
    }

    @PostMapping(INSTRUCTORS)
    String add(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
               @RequestParam(defaultValue = "") String confirm, Principal me, Model model, RedirectAttributes flash) {
        String name = Limits.clean(username);
        String problem = problem(name, password, confirm);
        if (problem == null) {
            try {
                if (instructors.create(name, password).isPresent()) {
                    flash.addFlashAttribute("created", name);
                    return "redirect:" + INSTRUCTORS;
                }
            } catch (DataIntegrityViolationException e) {
                // the same name was taken a moment ago
            }
            problem = "classroom.username.taken";
        }
        model.addAttribute("problem", problem);
        model.addAttribute("username", name);
        return list(model);
    }

    private static String problem(String name, String password, String confirm) {
        if (!Limits.validUsername(name)) {
            return "classroom.username.invalid";
        }
        return Limits.passwordProblem(password, confirm);
    }
}
