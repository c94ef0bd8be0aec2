/**
 * The Digital Transformation Index (DTI, Chỉ số chuyển đổi số): frameworks as versioned data (Quyết định
 * 922/QĐ-BTTTT for provinces, the province's own frameworks for departments and communes), the yearly cycle of
 * self-assessment with evidence, appraisal by the provincial council and publication, the scoring engine (main
 * index values, pillars, standard competition ranks, year-over-year changes, units merged in 2025), the province's
 * place among all provinces and the path to a target rank, and the robustness of a ranking.
 * <p>
 * Its API to other modules: the events {@link vn.tinhso.dti.DtiPublished} and {@link vn.tinhso.dti.DtiCorrected}, and
 * {@link vn.tinhso.dti.ServiceQualityFeed}, which a module measuring service quality implements to pre-fill the
 * automatic indicators.
 */
package vn.tinhso.dti;
