package vn.tinhso.dossier;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;

/**
 * The applicant's rating and feedback on a dossier, and the agency's answers, over HTTP. Only the dossier's owner
 * and the officers of its receiving agency see them; to anyone else the dossier does not exist. Errors are
 * {@code application/problem+json}; the rules (and their messages) are those of the pages.
 */
@RestController
@RequestMapping("/api/dossiers/{code}")
@Tag(name = "Đánh giá, phản ánh / Rating and feedback")
class FeedbackApi {

    private final DossierParties parties;
    private final Ratings ratings;
    private final Feedbacks feedbacks;

    FeedbackApi(DossierParties parties, Ratings ratings, Feedbacks feedbacks) {
        this.parties = parties;
        this.ratings = ratings;
        this.feedbacks = feedbacks;
    }

    @Operation(summary = "Rate the handling of one's own dossier, once, after its result (resolved or returned)")
    @PostMapping(path = "/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('CITIZEN')")
    ResponseEntity<Rating> rate(CurrentUser citizen, @PathVariable String code, @RequestBody RatingBody body) {
        Rating rating = ratings.rate(citizen, code, body.level(), body.comment());
        return ResponseEntity.status(HttpStatus.CREATED).body(rating);
    }

    @Operation(summary = "The applicant's rating of the dossier; 404 while there is none")
    @GetMapping("/rating")
    @PreAuthorize("isAuthenticated()")
    Rating rating(CurrentUser user, @PathVariable String code) {
        return ratings.of(parties.visible(user, code)).orElseThrow(() -> new NotFound("đánh giá của hồ sơ", code));
    }

    @Operation(summary = "Send feedback (FEEDBACK: phản ánh, kiến nghị) or a complaint (COMPLAINT: khiếu nại) "
            + "about one's own dossier; the answer is due by the rule in force today. The same open text sent again "
            + "answers 200 with the feedback already recorded.")
    @PostMapping(path = "/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('CITIZEN')")
    ResponseEntity<Feedback> send(CurrentUser citizen, @PathVariable String code, @RequestBody FeedbackBody body) {
        Feedbacks.Sent sent = feedbacks.submit(citizen, code, body.kind(), body.text());
        return ResponseEntity.status(sent.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(sent.feedback());
    }

    @Operation(summary = "The feedback and complaints about the dossier and their answers, oldest first")
    @GetMapping("/feedback")
    @PreAuthorize("isAuthenticated()")
    List<Feedback> feedback(CurrentUser user, @PathVariable String code) {
        return feedbacks.of(parties.visible(user, code));
    }

    @Operation(summary = "Answer open feedback (officers of the dossier's receiving agency); an answer is final")
    @PostMapping(path = "/feedback/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    Feedback answer(CurrentUser officer, @PathVariable String code, @PathVariable long id,
                    @RequestBody AnswerBody body) {
        return feedbacks.answer(officer, code, id, body.answer());
    }

    /** A rating, from the API or the rating form. */
    record RatingBody(@Schema(allowableValues = {"VERY_SATISFIED", "SATISFIED", "DISSATISFIED"}) String level,
                      @Schema(maxLength = Ratings.COMMENT_LIMIT) String comment) {
    }

    /** Feedback or a complaint, from the API or the feedback form. */
    record FeedbackBody(@Schema(allowableValues = {"FEEDBACK", "COMPLAINT"}) String kind,
                        @Schema(maxLength = Feedbacks.TEXT_LIMIT) String text) {
    }

    /** An officer's answer, from the API or the answer form. */
    record AnswerBody(@Schema(maxLength = Feedbacks.TEXT_LIMIT) String answer) {
    }
}
