package id.sinergi.realisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Reporting locks in SQL; runs inside the caller's transaction. */
@ApplicationScoped
public class LockStore {

    record Row(int year, String period, Instant lockedFrom, boolean active, String setBy, Instant setAt) {
        LockView view() {
            return new LockView(new ReportingPeriod(year, period, ReportingPeriod.endMonth(period)).toString(), lockedFrom,
                    active, setBy, setAt);
        }
    }

    private static final RowMapper<Row> ROW = ConstructorMapper.of(Row.class);
    private static final String COLUMNS = "year, period, locked_from, locked_from <= clock_timestamp() as active, set_by, set_at";

    @Inject
    Jdbi jdbi;

    /** Sets or moves a lock; true if it is new. */
    public boolean put(long periodId, ReportingPeriod period, Instant lockedFrom, String actor, Instant at) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        insert into reporting_lock (period_id, year, period, locked_from, set_by, set_at)
                        values (:planningPeriod, :year, :period, :lockedFrom, :actor, :at)
                        on conflict (period_id, year, period) do update
                            set locked_from = excluded.locked_from, set_by = excluded.set_by, set_at = excluded.set_at
                        returning (xmax = 0)""")
                .bind("planningPeriod", periodId).bind("year", period.year()).bind("period", period.code())
                .bind("lockedFrom", lockedFrom).bind("actor", actor).bind("at", at).mapTo(Boolean.class).one());
    }

    /** Lifts a lock; false if there was none. */
    public boolean delete(long periodId, ReportingPeriod period) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "delete from reporting_lock where period_id = :planningPeriod and year = :year and period = :period")
                .bind("planningPeriod", periodId).bind("year", period.year()).bind("period", period.code()).execute()) > 0;
    }

    public Optional<LockView> find(long periodId, ReportingPeriod period) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from reporting_lock "
                        + "where period_id = :planningPeriod and year = :year and period = :period")
                .bind("planningPeriod", periodId).bind("year", period.year()).bind("period", period.code())
                .map(ROW).findOne().map(Row::view));
    }

    /** The locks of a planning period, by year and period. */
    public List<LockView> list(long periodId) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from reporting_lock "
                        + "where period_id = :planningPeriod order by year, period")
                .bind("planningPeriod", periodId).map(ROW).list()).stream().map(Row::view).toList();
    }

    /**
     * The lock in force over a reporting period, if any: one on the period itself, on its year, or on the
     * quarter a month belongs to.
     */
    public Optional<LockView> inForce(long periodId, ReportingPeriod period) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from reporting_lock "
                        + "where period_id = :planningPeriod and year = :year and locked_from <= clock_timestamp() "
                        + "and (period in ('Y', :period) or period = 'Q' || ((:endMonth + 2) / 3) and :period like 'M%') "
                        + "order by locked_from limit 1")
                .bind("planningPeriod", periodId).bind("year", period.year()).bind("period", period.code())
                .bind("endMonth", period.endMonth()).map(ROW).findOne().map(Row::view));
    }
}
