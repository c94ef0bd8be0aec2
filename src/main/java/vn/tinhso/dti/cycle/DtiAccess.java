package vn.tinhso.dti.cycle;

import org.springframework.stereotype.Component;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;

/**
 * Who may do what in the DTI, in one place.
 * <ul>
 * <li>A unit's assessor is an account holding DTI_ASSESSOR in that agency; it fills in and submits that unit only.</li>
 * <li>The provincial appraisal council (DTI_COUNCIL, held in the People's Committee's office) organises the cycle:
 * it opens periods, appraises, publishes and corrects published points. The system administrator may open periods
 * too (set-up), but appraising is the council's alone.</li>
 * <li>Frameworks, national results and the effort table are reference data kept by the system administrator, the
 * council and the DTI assessors of the department that runs the DTI for the province ({@code tinhso.dti.department},
 * Sở Khoa học và Công nghệ since the Department of Information and Communications merged into it in 2025).</li>
 * </ul>
 */
@Component
public class DtiAccess {

    private final DtiProperties properties;

    DtiAccess(DtiProperties properties) {
        this.properties = properties;
    }

    /** Whether the user fills in the assessment of that agency. */
    public boolean assesses(CurrentUser user, String agencyCode) {
        return user != null && user.mayActIn(agencyCode, Role.DTI_ASSESSOR);
    }

    /** Whether the user sits on the appraisal council. */
    public boolean council(CurrentUser user) {
        return user != null && user.hasRole(Role.DTI_COUNCIL);
    }

    /** Whether the user may open a period. */
    public boolean organises(CurrentUser user) {
        return council(user) || (user != null && user.systemAdmin());
    }

    /** Whether the user may import frameworks and national results, and edit the effort table. */
    public boolean keepsReferenceData(CurrentUser user) {
        return organises(user) || assesses(user, properties.department());
    }
}
