package id.sinergi.report;

import jakarta.ws.rs.QueryParam;

import id.sinergi.common.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters the reports share, each declared once: a report method takes, as {@code @BeanParam}s,
 * the ones it uses, so the contract lists exactly those and says where the year is required.
 */
public final class ReportParameters {

    private ReportParameters() {
    }

    /** The planning period, which every report is about. */
    public static class Period {
        @QueryParam("period")
        @Parameter(description = "Planning period code", required = true, example = "2025-2029")
        public String period;
    }

    /** A year the report cannot do without (capaian is always for a year). */
    public static class RequiredYear {
        @QueryParam("year")
        @Parameter(description = "Year inside the period", required = true, schema = @Schema(type = SchemaType.INTEGER))
        public String year;
    }

    /** A year the report can do without: with it, the report adds that year's figures. */
    public static class OptionalYear {
        @QueryParam("year")
        @Parameter(description = "Year inside the period: with it the report adds that year's figures (capaian, "
                + "budget); without it, capaian is left out and budgets cover the whole period",
                schema = @Schema(type = SchemaType.INTEGER))
        public String year;
    }

    /** One agency: its tree, nodes, outcomes or findings only. */
    public static class Agency {
        @QueryParam("agency")
        @Parameter(description = "Only this agency's tree (its nodes, outcomes, findings or pairs)")
        public String agency;
    }

    /** One agency the report cannot do without (the LKjIP is an agency's report). */
    public static class RequiredAgency {
        @QueryParam("agency")
        @Parameter(description = "The agency reported on", required = true)
        public String agency;
    }

    /** A quarter of the year: figures and targets to date at its end. */
    public static class Quarter {
        @QueryParam("quarter")
        @Parameter(description = "Quarter (triwulan) 1-4: figures and targets to date at its end", required = true,
                schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "4"))
        public String quarter;

        int required() {
            Integer value = QueryParams.integer("quarter", quarter);
            if (value == null) {
                throw QueryParams.bad("quarter", "REQUIRED", "query.quarter-required");
            }
            return checked(value);
        }

        static int checked(int quarter) {
            if (quarter < 1 || quarter > 4) {
                throw QueryParams.bad("quarter", "QUARTER_OUT_OF_RANGE", "query.quarter-out-of-range");
            }
            return quarter;
        }
    }

    /** A quarter a report can do without: without it, the whole year (quarter 4). */
    public static class OptionalQuarter {
        @QueryParam("quarter")
        @Parameter(description = "Quarter (triwulan) 1-4: figures and targets to date at its end (default 4: the year)",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "4", defaultValue = "4"))
        public String quarter;

        int orYear() {
            Integer value = QueryParams.integer("quarter", quarter);
            return value == null ? 4 : Quarter.checked(value);
        }
    }

    /** The month whose end spending counts to (default 12: everything reported in the year). */
    public static class OptionalMonth {
        @QueryParam("month")
        @Parameter(description = "Spending counted to the end of this month, 1-12 (default 12: every month reported)",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "12", defaultValue = "12"))
        public String month;

        int orYear() {
            Integer value = QueryParams.integer("month", month);
            if (value != null && (value < 1 || value > 12)) {
                throw QueryParams.bad("month", "MONTH_OUT_OF_RANGE", "query.month-out-of-range");
            }
            return value == null ? 12 : value;
        }
    }

    /** The scope of a report that takes the year it needs, and one agency when agency is not null. */
    static ReportScope scope(Period period, RequiredYear year, Agency agency) {
        return ReportScope.of(period.period, year.year, true, code(agency));
    }

    /** The scope of a report on one agency and the year it needs. */
    static ReportScope agencyScope(Period period, RequiredYear year, RequiredAgency agency) {
        if (QueryParams.text(agency.agency) == null) {
            throw QueryParams.bad("agency", "REQUIRED", "query.agency-required");
        }
        return ReportScope.of(period.period, year.year, true, agency.agency);
    }

    /** The scope of a report that takes a year if given, and one agency when agency is not null. */
    static ReportScope scope(Period period, OptionalYear year, Agency agency) {
        return ReportScope.of(period.period, year.year, false, code(agency));
    }

    /** The scope of a report about the whole period, for one agency when agency is not null. */
    static ReportScope scope(Period period, Agency agency) {
        return ReportScope.of(period.period, null, false, code(agency));
    }

    private static String code(Agency agency) {
        return agency == null ? null : agency.agency;
    }
}
