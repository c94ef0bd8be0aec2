package vn.tinhso.dti.cycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * DTI settings, under {@code tinhso.dti.*}.
 *
 * @param department the agency that runs the DTI for the province (Sở Khoa học và Công nghệ since the Department of
 *                   Information and Communications merged into it on 01/03/2025); its DTI assessors may import
 *                   frameworks and national results
 * @param councilAgency where the appraisal council's members hold their role (the People's Committee's office)
 * @param province GSO code of the province whose place among all provinces is followed (Hải Dương, 30, in the
 *                 national tables up to 2024; Hải Phòng, 31, after the merger of 01/07/2025)
 * @param maxEvidenceSize the largest evidence file accepted
 * @param remindDays how many days before a deadline reminders start (one a day until it is met)
 */
@ConfigurationProperties("tinhso.dti")
public record DtiProperties(
        @DefaultValue("000.13.00.H26") String department,
        @DefaultValue("000.01.00.H26") String councilAgency,
        @DefaultValue("30") String province,
        @DefaultValue("10MB") DataSize maxEvidenceSize,
        @DefaultValue("7") int remindDays) {
}
