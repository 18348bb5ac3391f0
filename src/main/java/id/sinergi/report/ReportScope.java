package id.sinergi.report;

import id.sinergi.problem.Text;
import id.sinergi.agency.Agency;
import id.sinergi.period.PlanningPeriod;
import id.sinergi.problem.ProblemException;
import id.sinergi.common.QueryParams;

/** What a report is about: a planning period, usually a year inside it, and sometimes one agency. */
public record ReportScope(long periodId, String period, Integer year, Long agencyId, String agency) {

    /**
     * Resolves and checks the query parameters: an unknown period or agency is 404, a missing period
     * or year 400, a year outside the period 422.
     */
    public static ReportScope of(String periodCode, String yearText, boolean yearRequired, String agencyCode) {
        String code = QueryParams.text(periodCode);
        if (code == null) {
            throw QueryParams.bad("period", "REQUIRED", "query.period-required");
        }
        Integer year = QueryParams.integer("year", yearText);
        if (year == null && yearRequired) {
            throw QueryParams.bad("year", "REQUIRED", "query.year-required");
        }
        PlanningPeriod period = PlanningPeriod.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound(Text.of("report-scope.not-found", code)));
        if (year != null) {
            period.requireContains(year);
        }
        String agencyFilter = QueryParams.text(agencyCode);
        Agency agency = agencyFilter == null ? null : Agency.findByCode(agencyFilter)
                .orElseThrow(() -> ProblemException.notFound(Text.of("report-scope.not-found-2", agencyFilter)));
        return new ReportScope(period.id, period.code, year, agency == null ? null : agency.id,
                agency == null ? null : agency.code);
    }
}
