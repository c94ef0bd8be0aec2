package vn.tinhso.dossier.notification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' window on the messages sent to applicants, and the development mail sink. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class NotificationPages {

    static final int LATEST = 100;

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/notifications")
    String latest(Model model) {
        model.addAttribute("notifications", notifications.latest(LATEST));
        return "dossier/notifications";
    }
}
