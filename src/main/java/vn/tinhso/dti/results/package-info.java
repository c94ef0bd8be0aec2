/**
 * The DTI's results: rankings of a period computed with the scoring engine from the final points, year over year
 * (units merged since compared with the mean of their predecessors), the robustness of each rank drawn at
 * publication, the public pages and their exports, the national tables and the province among all provinces with the
 * path to a target rank, and the demo.
 */
package vn.tinhso.dti.results;
