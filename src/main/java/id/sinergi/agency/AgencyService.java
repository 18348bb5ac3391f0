package id.sinergi.agency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.problem.Text;
import id.sinergi.common.Page;
import id.sinergi.common.PageRequest;
import id.sinergi.common.Sql;
import id.sinergi.idempotency.IdempotencyKeys;
import id.sinergi.idempotency.Idempotent;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Violation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/** Registers and maintains agencies; owns the rules on codes and the parent hierarchy. */
@ApplicationScoped
public class AgencyService {

    @Inject
    IdempotencyKeys idempotency;

    @Transactional
    public Idempotent<AgencyView> create(AgencyRequest request, String idempotencyKey) {
        return idempotency.once(idempotencyKey, "agency", request, id -> AgencyView.of(Agency.findById(id)),
                () -> register(request));
    }

    private IdempotencyKeys.Created<AgencyView> register(AgencyRequest request) {
        if (Agency.findByCode(request.code()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, Text.of("agency.detail", request.code()));
        }
        Agency agency = new Agency();
        agency.code = request.code();
        agency.createdAt = Instant.now();
        apply(agency, request);
        agency.persist();
        return new IdempotencyKeys.Created<>(agency.id, AgencyView.of(agency));
    }

    @Transactional
    public AgencyView update(String code, AgencyRequest request) {
        Agency agency = require(code);
        if (!code.equals(request.code())) {
            throw ProblemException.invalid(Violation.at("/code", "CODE_IMMUTABLE",
                    Text.of("agency.code-immutable", request.code(), code)));
        }
        apply(agency, request);
        return AgencyView.of(agency);
    }

    @Transactional
    public AgencyView get(String code) {
        return AgencyView.of(require(code));
    }

    @Transactional
    public Page<AgencyView> list(AgencyKind kind, String parentCode, String text, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.add("kind = :kind");
            params.put("kind", kind);
        }
        if (parentCode != null) {
            require(parentCode);
            where.add("parent.code = :parent");
            params.put("parent", parentCode);
        }
        if (text != null && !text.isBlank()) {
            where.add("(lower(code) like :text " + Sql.ESCAPE + " or lower(name) like :text " + Sql.ESCAPE + ")");
            params.put("text", Sql.containing(text.toLowerCase().strip()));
        }
        PanacheQuery<Agency> query = Agency.find(String.join(" and ", where.isEmpty() ? List.of("true = true") : where),
                Sort.by("code"), params);
        List<AgencyView> items = query.page(paging.page(), paging.size()).stream().map(AgencyView::of).toList();
        return new Page<>(items, paging.page(), paging.size(), query.count());
    }

    /** The agency with that code, or 404. */
    public Agency require(String code) {
        return Agency.findByCode(code).orElseThrow(() -> ProblemException.notFound(Text.of("agency.not-found", code)));
    }

    private void apply(Agency agency, AgencyRequest request) {
        agency.name = request.name();
        agency.kind = request.kind();
        agency.affairs = request.affairs() == null ? new String[0]
                : request.affairs().stream().distinct().sorted().toArray(String[]::new);
        agency.parent = request.parent() == null ? null : parentFor(agency, request.parent());
        agency.updatedAt = Instant.now();
    }

    private Agency parentFor(Agency agency, String parentCode) {
        Agency parent = Agency.findByCode(parentCode).orElseThrow(() -> ProblemException.invalid(
                Violation.at("/parent", "PARENT_AGENCY_UNKNOWN", Text.of("agency.parent-agency-unknown", parentCode))));
        for (Agency a = parent; a != null; a = a.parent) {
            if (a.code.equals(agency.code)) {
                throw ProblemException.invalid(Violation.at("/parent", "PARENT_CYCLE",
                        Text.of("agency.parent-cycle", parentCode, agency.code)));
            }
        }
        return parent;
    }
}
