package vn.tinhso.dossier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * How the dossier page's forms answer: do the thing, then back to the dossier's page with a notice, or with the
 * refusal's message; a dossier the user may not see stays a 404.
 */
final class DossierAnswers {

    private DossierAnswers() {
    }

    static String answer(RedirectAttributes redirect, String code, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (NotFound hidden) {
            throw hidden;
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.code());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/dossiers/" + code;
    }
}
