package vn.tinhso.dossier;

import vn.tinhso.platform.Refusal;

/** What the applicant writes about their dossier; each kind has its own time to answer ({@code feedback_rule}). */
public enum FeedbackKind {
    /** Phản ánh, kiến nghị: about administrative regulations or the handling of the dossier. */
    FEEDBACK,
    /** Khiếu nại: against an administrative decision or act in the handling of the dossier (Luật Khiếu nại 2011). */
    COMPLAINT;

    /** The kind named by a form or a request; refused with a message that lists the choices. */
    static FeedbackKind parse(String name) {
        for (FeedbackKind kind : values()) {
            if (kind.name().equals(name == null ? null : name.strip())) {
                return kind;
            }
        }
        throw Refusal.of("dossier.feedback.kind-unknown");
    }
}
