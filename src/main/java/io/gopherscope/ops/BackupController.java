package io.gopherscope.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.security.Principal;
import java.sql.SQLException;

/**
 * {@code /teach/backup}: any signed-in instructor (the {@code /teach/**} rule) can have the server
 * write a backup of the embedded database into its data directory and see the list of backups.
 * The files stay on the server; the operator copies them off (docs/operations.md).
 */
@Controller
class BackupController {

    static final String PATH = "/teach/backup";
    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    private final OnlineBackup backups;

    BackupController(OnlineBackup backups) {
        this.backups = backups;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("embedded", backups.embedded());
        model.addAttribute("folder", backups.folder().toString());
        model.addAttribute("backups", backups.list());
        return "ops/backup";
    }

    @PostMapping(PATH)
    String backup(Principal me, RedirectAttributes redirect) {
        if (!backups.embedded()) {
            redirect.addFlashAttribute("problem", "ops.backup.postgres");
            return "redirect:" + PATH;
        }
        try {
            OnlineBackup.BackupFile file = backups.backup();
            log.info("Backup {} ({} bytes) written for {}", file.name(), file.bytes(), me.getName());
            redirect.addFlashAttribute("written", file.name());
        } catch (IOException | SQLException | RuntimeException e) {
            log.error("Backup failed", e);
            redirect.addFlashAttribute("problem", "ops.backup.failed");
        }
        return "redirect:" + PATH;
    }
}
