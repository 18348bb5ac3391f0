package id.sinergi.cache;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.sinergi.common.ReportSession;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * What a period's answers are computed from, as the database says it stands (V8: data_generation, bumped by
 * the commit of every change): read before the answer is computed, on the server that computes it, so an
 * answer is never older than the generation it is kept under.
 */
@ApplicationScoped
public class Generations {

    /** A period's generation, that of what every period shares, and the database's date. */
    public record Generation(long period, long everyPeriod, LocalDate today) {
    }

    private static final String READ = """
            select coalesce((select generation from data_generation where period_id = p.id), 0) as period,
                   coalesce((select generation from data_generation where period_id = 0), 0) as every_period,
                   current_date as today
            from planning_period p where p.code = :code""";

    @Inject
    Jdbi jdbi;

    @Inject
    ReportSession reports;

    /** The period's generation; empty for an unknown period (whose answer is a 404, never kept). */
    public Optional<Generation> of(String periodCode, boolean report) {
        HandleCallback<Optional<Generation>, RuntimeException> read = handle -> handle.createQuery(READ)
                .bind("code", periodCode)
                .map((row, context) -> new Generation(row.getLong("period"), row.getLong("every_period"),
                        row.getObject("today", LocalDate.class)))
                .findOne();
        return report ? reports.withHandle(read) : jdbi.withHandle(read);
    }
}
