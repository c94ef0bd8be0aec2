/**
 * The DTI scoring engine, a pure library (no Spring beans, no database, no web): frameworks as versioned data
 * ({@link vn.tinhso.dti.scoring.Framework}, read, written, validated and shipped by
 * {@link vn.tinhso.dti.scoring.Frameworks}), indicator scoring rules, main-index and pillar values, standard
 * competition ranks on the published four-decimal values, year-over-year changes (units merged in 2025 compared
 * with the mean of their predecessors), the path to a target rank and the robustness of a ranking
 * ({@link vn.tinhso.dti.scoring.Scoring}), and the {@code dti score} command line ({@link vn.tinhso.dti.scoring.Cli}).
 * <p>
 * Legal sources: Quyết định 922/QĐ-BTTTT (2022) for provinces (DTI 2021–2023), Quyết định 297/QĐ-UBND (2023) of
 * Hải Dương for its departments; messages in the {@code dti-scoring} bundle, Vietnamese first.
 * <p>
 * A named interface of the {@code dti} module: its public types are an API for the rest of the application (the
 * DTI cycle, the service-quality figures that feed automatic indicators, and {@code TinhsoApplication.main}, which
 * hands {@code dti …} arguments to the command line).
 */
@NamedInterface("scoring")
package vn.tinhso.dti.scoring;

import org.springframework.modulith.NamedInterface;
