package vn.tinhso.dti.scoring;

import java.util.List;

/** The evidence an indicator requires: what it must show, and the kinds of attachment accepted. */
public record Evidence(String text, List<EvidenceKind> kinds) {

    public Evidence {
        kinds = Lists.of(kinds);
    }

    /** Documents (PDF, Excel, Word) or a link: what most indicators accept. */
    public static Evidence documents(String text) {
        return new Evidence(text, List.of(EvidenceKind.PDF, EvidenceKind.XLSX, EvidenceKind.DOCX, EvidenceKind.LINK));
    }
}
