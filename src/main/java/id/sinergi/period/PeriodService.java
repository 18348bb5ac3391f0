package id.sinergi.period;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.problem.Text;
import id.sinergi.idempotency.Idempotent;
import id.sinergi.idempotency.IdempotencyKeys;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Violation;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PeriodService {

    @Inject
    IdempotencyKeys idempotency;

    /** A Renstra is five years and an RPJPN twenty; anything longer is a typing mistake. */
    static final int MAX_YEARS = 25;

    @Transactional
    public Idempotent<PeriodView> create(PeriodRequest request, String idempotencyKey) {
        return idempotency.once(idempotencyKey, "planning-period", request,
                id -> PeriodView.of(PlanningPeriod.findById(id)), () -> register(request));
    }

    private IdempotencyKeys.Created<PeriodView> register(PeriodRequest request) {
        if (request.firstYear() > request.lastYear()) {
            throw ProblemException.invalid(Violation.at("/lastYear", "PERIOD_YEARS_REVERSED",
                    Text.of("period.period-years-reversed", request.lastYear(), request.firstYear())));
        }
        if (request.lastYear() - request.firstYear() + 1 > MAX_YEARS) {
            throw ProblemException.invalid(Violation.at("/lastYear", "PERIOD_TOO_LONG",
                    Text.of("period.period-too-long", MAX_YEARS)));
        }
        if (PlanningPeriod.findByCode(request.code()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, Text.of("period.detail", request.code()));
        }
        PlanningPeriod period = new PlanningPeriod();
        period.code = request.code();
        period.firstYear = request.firstYear();
        period.lastYear = request.lastYear();
        period.name = request.name();
        period.createdAt = Instant.now();
        period.persist();
        return new IdempotencyKeys.Created<>(period.id, PeriodView.of(period));
    }

    @Transactional
    public PeriodView get(String code) {
        return PeriodView.of(require(code));
    }

    @Transactional
    public List<PeriodView> list() {
        return PlanningPeriod.<PlanningPeriod>listAll(Sort.by("firstYear").and("code")).stream().map(PeriodView::of).toList();
    }

    public PlanningPeriod require(String code) {
        return PlanningPeriod.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound(Text.of("period.not-found", code)));
    }
}
