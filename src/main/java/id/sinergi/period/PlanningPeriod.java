package id.sinergi.period;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.sinergi.common.IdentityEntity;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Text;
import id.sinergi.problem.Violation;

/** A planning period (Renstra / RPJMN span) such as 2025-2029; targets are set per year inside it. */
@Entity
@Table(name = "planning_period")
public class PlanningPeriod extends IdentityEntity {

    @Column(nullable = false, unique = true, length = 32)
    public String code;

    @Column(name = "first_year", nullable = false)
    public int firstYear;

    @Column(name = "last_year", nullable = false)
    public int lastYear;

    @Column(length = 300)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<PlanningPeriod> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** Fails with 422 (parameter year, YEAR_OUTSIDE_PERIOD) for a year outside the period. */
    public void requireContains(int year) {
        if (!contains(year)) {
            throw new ProblemException(ProblemType.VALIDATION, Text.of("period.year-outside", year, code),
                    List.of(Violation.parameter("year", "YEAR_OUTSIDE_PERIOD",
                            Text.of("tree.year-outside-period", year, code, firstYear, lastYear))));
        }
    }
}
