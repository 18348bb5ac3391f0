package id.sinergi.realisation;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.problem.Text;
import id.sinergi.period.PeriodService;
import id.sinergi.period.PlanningPeriod;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.security.Caller;

/** Reporting locks: an admin closes a year, quarter or month of a planning period to new realisations. */
@ApplicationScoped
public class LockService {

    public record Placed(LockView lock, boolean created) {
    }

    @Inject
    PeriodService periods;

    @Inject
    LockStore store;

    @Inject
    Caller caller;

    @Transactional
    public Placed put(String periodCode, String reportingPeriod, LockRequest request) {
        PlanningPeriod period = periods.require(periodCode);
        ReportingPeriod locked = RealisationService.periodOf(period, reportingPeriod);
        Instant now = Instant.now();
        boolean created = store.put(period.id, locked, request == null || request.lockedFrom() == null ? now
                : request.lockedFrom(), caller.name(), now);
        return new Placed(store.find(period.id, locked).orElseThrow(), created);
    }

    @Transactional
    public void delete(String periodCode, String reportingPeriod) {
        PlanningPeriod period = periods.require(periodCode);
        ReportingPeriod locked = RealisationService.periodOf(period, reportingPeriod);
        if (!store.delete(period.id, locked)) {
            throw ProblemException.notFound(Text.of("lock.not-found", period.code, locked));
        }
    }

    @Transactional
    public List<LockView> list(String periodCode) {
        return store.list(periods.require(periodCode).id);
    }

    /** Fails with 409 when a lock in force covers the reporting period. */
    void requireOpen(PlanningPeriod period, ReportingPeriod reported) {
        store.inForce(period.id, reported).ifPresent(lock -> {
            throw new ProblemException(ProblemType.PERIOD_LOCKED,
                    Text.of("lock.detail", reported, period.code, lock.period(), lock.lockedFrom()));
        });
    }
}
