/**
 * The yearly DTI cycle: framework versions stored as data (the shipped ones loaded at start, new ones imported from
 * JSON or a workbook), periods with their units and deadlines, each unit's self-assessment with evidence, the
 * council's appraisal, publication and corrections, reminders of deadlines, and the pages and API of all of it.
 * <p>
 * Who does what ({@link vn.tinhso.dti.cycle.DtiAccess}): a unit's DTI assessors answer for it; the provincial
 * appraisal council organises the cycle (opens periods, appraises, publishes, corrects), the system administrator may
 * open periods; reference data is kept by them and by the DTI assessors of the department that runs the DTI.
 */
package vn.tinhso.dti.cycle;
