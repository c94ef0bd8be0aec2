package vn.tinhso.dossier;

import java.time.Clock;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * Rating and feedback on a dossier's page (an htmx fragment for its owner and the officers of its agency), the
 * forms that post to it, and the officers' list of open feedback with the days left to answer.
 */
@Controller
class FeedbackPages {

    private final DossierParties parties;
    private final Ratings ratings;
    private final Feedbacks feedbacks;
    private final Officers officers;
    private final Names names;
    private final Views views;

    FeedbackPages(DossierParties parties, Ratings ratings, Feedbacks feedbacks, Officers officers, Names names,
                  Deadlines deadlines, Clock clock) {
        this.parties = parties;
        this.ratings = ratings;
        this.feedbacks = feedbacks;
        this.officers = officers;
        this.names = names;
        this.views = new Views(deadlines, clock);
    }

    @GetMapping("/dossiers/{code}/satisfaction")
    @PreAuthorize("isAuthenticated()")
    String satisfaction(CurrentUser user, @PathVariable String code, Model model) {
        Dossier dossier = parties.visible(user, code);
        boolean owner = parties.owns(user, dossier);
        Rating rating = ratings.of(dossier).orElse(null);
        model.addAttribute("code", dossier.code.value());
        model.addAttribute("owner", owner);
        model.addAttribute("officer", parties.handles(user, dossier));
        model.addAttribute("resolved", dossier.status().resolved());
        model.addAttribute("rateable", owner && dossier.status().resolved() && rating == null);
        model.addAttribute("rating", rating);
        model.addAttribute("levels", Satisfaction.values());
        model.addAttribute("kinds", FeedbackKind.values());
        model.addAttribute("feedback", feedbacks.of(dossier));
        model.addAttribute("commentLimit", Ratings.COMMENT_LIMIT);
        model.addAttribute("textLimit", Feedbacks.TEXT_LIMIT);
        model.addAttribute("view", views);
        return "dossier/satisfaction :: satisfaction";
    }

    @PostMapping("/dossiers/{code}/rating")
    @PreAuthorize("hasRole('CITIZEN')")
    String rate(CurrentUser citizen, @PathVariable String code, FeedbackApi.RatingBody form,
                RedirectAttributes redirect) {
        return back(code, redirect, "dossier.satisfaction.notice.rated",
                () -> ratings.rate(citizen, code, form.level(), form.comment()));
    }

    @PostMapping("/dossiers/{code}/feedback")
    @PreAuthorize("hasRole('CITIZEN')")
    String send(CurrentUser citizen, @PathVariable String code, FeedbackApi.FeedbackBody form,
                RedirectAttributes redirect) {
        return back(code, redirect, "dossier.satisfaction.notice.sent",
                () -> feedbacks.submit(citizen, code, form.kind(), form.text()));
    }

    @PostMapping("/dossiers/{code}/feedback/{id}/answer")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    String answer(CurrentUser officer, @PathVariable String code, @PathVariable long id,
                  FeedbackApi.AnswerBody form, RedirectAttributes redirect) {
        return back(code, redirect, "dossier.satisfaction.notice.answered",
                () -> feedbacks.answer(officer, code, id, form.answer()));
    }

    /** The open feedback of the officer's agencies, the answer due first at the top. */
    @GetMapping("/feedback")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    String open(CurrentUser officer, Model model) {
        Set<String> agencies = officers.agenciesOf(officer);
        var pending = feedbacks.openIn(agencies);
        model.addAttribute("pending", pending);
        model.addAttribute("agencyNames", names.agencies(pending.stream().map(Feedbacks.Pending::agencyCode)
                .distinct().toList()));
        model.addAttribute("view", views);
        return "dossier/feedback";
    }

    /** Back to the dossier's page with what happened: a notice, or why nothing did. */
    private static String back(String code, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (NotFound notVisible) {
            throw notVisible;
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.code());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/dossiers/" + code;
    }
}
