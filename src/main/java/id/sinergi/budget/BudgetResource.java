package id.sinergi.budget;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import id.sinergi.cache.CacheableAnswer;
import id.sinergi.problem.Text;
import id.sinergi.cascade.TreeAddress;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.Violation;
import id.sinergi.security.Roles;
import id.sinergi.xlsx.Spreadsheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@CacheableAnswer(scored = false)
@Path("/api/v1/agencies/{agency}/cascades/{period}/budgets/{year: \\d{4}}")
@Produces({MediaType.APPLICATION_JSON, "text/csv", Spreadsheet.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "Ceilings (pagu murni and perubahan) and monthly spending of activities and "
        + "sub-activities, per year, with their absorption (serapan)")
public class BudgetResource {

    /** The columns of the budget as CSV, by operationId, for the contract. */
    public static final Map<String, List<String>> CSV_COLUMNS = Map.of(
            "getBudget", BudgetView.COLUMNS, "replaceBudget", BudgetView.COLUMNS, "reportMonthSpending", BudgetView.COLUMNS);

    @Inject
    BudgetService budgets;

    @BeanParam
    TreeAddress address;

    @PathParam("year")
    @Parameter(description = "A year of the planning period", example = "2026")
    int year;

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "getBudget", summary = "The year's budget",
            description = "Every budget line with its ceiling in force, what was spent in the months reported and the "
                    + "absorption, and the lines added up; in the order of the current version's nodes. CSV with "
                    + "Accept: text/csv (one line per node, a column per month).")
    @APIResponse(responseCode = "200", description = "The budget (no lines when none was given)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public BudgetView read() {
        return budgets.read(address.agency, address.period, year);
    }

    @PUT
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "replaceBudget", summary = "Replace the year's budget",
            description = "The whole year at once (the DPA): ceilings and the spending reported so far, per activity or "
                    + "sub-activity of the current version. Every violation is listed with its location; nothing is stored "
                    + "unless the whole budget is valid. Spending above the ceiling is accepted: its absorption is then "
                    + "above 100.")
    @APIResponse(responseCode = "200", description = "The budget as stored")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public BudgetView replace(@NotNull BudgetRequest body) {
        return budgets.replace(address.agency, address.period, year, body);
    }

    @PUT
    @Path("/spending/{month}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "reportMonthSpending", summary = "Report a month's spending",
            description = "What each listed activity or sub-activity spent in the month (replacing what that month said "
                    + "before); every listed node needs a budget line for the year. All or nothing, like the year's budget.")
    @APIResponse(responseCode = "200", description = "The budget with the month's spending")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public BudgetView spend(@Parameter(description = "Month, 1 to 12", example = "3") @PathParam("month") String month,
                            @NotNull BudgetRequest.MonthReport body) {
        if (!month.matches("0?[1-9]|1[0-2]")) {
            throw ProblemException.invalid(Violation.parameter("month", "MONTH_OUT_OF_RANGE",
                    Text.of("budget.month-out-of-range")));
        }
        return budgets.spend(address.agency, address.period, year, Integer.parseInt(month), body);
    }
}
