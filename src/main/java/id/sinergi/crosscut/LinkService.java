package id.sinergi.crosscut;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.problem.Text;
import id.sinergi.agency.Agency;
import id.sinergi.common.Page;
import id.sinergi.common.PageRequest;
import id.sinergi.idempotency.IdempotencyKeys;
import id.sinergi.idempotency.Idempotent;
import id.sinergi.period.PlanningPeriod;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Violation;
import id.sinergi.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Proposes cross-cutting links and moves them through their lifecycle, recording every step. */
@ApplicationScoped
public class LinkService {

    /** Filters of a listing; null means "any". */
    public record Filter(String agency, LinkStatus status, Relationship relationship, Relationship.Category category,
                         String period) {
    }

    @Inject
    LinkStore store;

    @Inject
    Caller caller;

    @Inject
    IdempotencyKeys idempotency;

    @Transactional
    public Idempotent<LinkView> propose(LinkRequest request, String idempotencyKey) {
        return idempotency.once(idempotencyKey, "crosscutting-link", request, id -> view(require(id, false), true),
                () -> proposeOnce(request));
    }

    private IdempotencyKeys.Created<LinkView> proposeOnce(LinkRequest request) {
        List<Violation> violations = new ArrayList<>();
        PlanningPeriod period = PlanningPeriod.findByCode(request.period()).orElse(null);
        if (period == null) {
            violations.add(Violation.at("/period", "PERIOD_UNKNOWN", Text.of("link.period-unknown", request.period())));
        }
        Agency from = known(request.from().agency(), "/from/agency", violations);
        Agency to = known(request.to().agency(), "/to/agency", violations);
        if (request.from().agency().equals(request.to().agency())) {
            violations.add(Violation.at("/to/agency", "LINK_TO_SELF", Text.of("link.link-to-self")));
        }
        if (!request.lead().equals(request.from().agency()) && !request.lead().equals(request.to().agency())) {
            violations.add(Violation.at("/lead", "LEAD_NOT_A_PARTY",
                    Text.of("link.lead-not-a-party", request.from().agency(), request.to().agency())));
        }
        if (from != null) {
            caller.requireWriteAccess(from.code, from::isBelow);
        }
        if (period != null && from != null && to != null && violations.isEmpty()) {
            if (!store.nodeInCurrentTree(from.id, period.id, request.from().node())) {
                violations.add(Violation.at("/from/node", "NODE_NOT_FOUND",
                        Text.of("link.node-not-found", from.code, period.code, request.from().node())));
            }
            if (request.to().node() != null && !store.nodeInCurrentTree(to.id, period.id, request.to().node())) {
                violations.add(Violation.at("/to/node", "NODE_NOT_FOUND",
                        Text.of("link.node-not-found-2", to.code, period.code, request.to().node())));
            }
            if (request.sharedCode() != null && !store.codeCarried(period.id, request.sharedCode(), from.id, to.id)) {
                violations.add(Violation.at("/sharedCode", "SHARED_CODE_UNKNOWN",
                        Text.of("link.shared-code-unknown", request.sharedCode())));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(Text.of("link.detail", violations.size()), violations);
        }
        boolean duplicate = CrosscuttingLink.count("period = :period and sourceAgency = :from and sourceNodeKey = :fromNode "
                        + "and targetAgency = :to and coalesce(targetNodeKey, '') = :toNode and relationship = :relationship "
                        + "and status in :open",
                Parameters.with("period", period).and("from", from).and("fromNode", request.from().node()).and("to", to)
                        .and("toNode", request.to().node() == null ? "" : request.to().node())
                        .and("relationship", request.relationship())
                        .and("open", List.of(LinkStatus.PROPOSED, LinkStatus.ACCEPTED))) > 0;
        if (duplicate) {
            throw new ProblemException(ProblemType.CONFLICT, Text.of("link.detail-2"));
        }
        Instant now = Instant.now();
        CrosscuttingLink link = new CrosscuttingLink();
        link.period = period;
        link.sourceAgency = from;
        link.sourceNodeKey = request.from().node();
        link.targetAgency = to;
        link.targetNodeKey = request.to().node();
        link.sharedCode = request.sharedCode();
        link.relationship = request.relationship();
        link.leadAgency = request.lead().equals(from.code) ? from : to;
        link.status = LinkStatus.PROPOSED;
        link.note = request.note();
        link.createdAt = now;
        link.createdBy = caller.name();
        link.updatedAt = now;
        link.persist();
        record(link, null, LinkStatus.PROPOSED, null, now);
        return new IdempotencyKeys.Created<>(link.id, view(link, true));
    }

    @Transactional
    public LinkView accept(long id) {
        return decide(id, LinkStatus.ACCEPTED, null);
    }

    @Transactional
    public LinkView reject(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid(Violation.at("/reason", "REQUIRED", Text.of("link.required")));
        }
        return decide(id, LinkStatus.REJECTED, reason);
    }

    @Transactional
    public LinkView withdraw(long id, String reason) {
        return decide(id, LinkStatus.WITHDRAWN, reason);
    }

    @Transactional
    public LinkView get(long id) {
        return view(require(id, false), true);
    }

    @Transactional
    public Page<LinkView> list(Filter filter, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.agency() != null) {
            where.add("(sourceAgency.code = :agency or targetAgency.code = :agency)");
            params.put("agency", filter.agency());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.relationship() != null) {
            where.add("relationship = :relationship");
            params.put("relationship", filter.relationship());
        }
        if (filter.category() != null) {
            where.add("relationship in :types");
            params.put("types", Arrays.stream(Relationship.values())
                    .filter(r -> r.category() == filter.category()).toList());
        }
        if (filter.period() != null) {
            where.add("period.code = :period");
            params.put("period", filter.period());
        }
        PanacheQuery<CrosscuttingLink> query = CrosscuttingLink.find(
                where.isEmpty() ? "true = true" : String.join(" and ", where), Sort.by("id"), params);
        List<CrosscuttingLink> links = query.page(paging.page(), paging.size()).list();
        Map<Long, LinkStore.Presence> presence = store.presence(links.stream().map(l -> l.id).toList());
        List<LinkView> items = links.stream().map(l -> view(l, presence.get(l.id), List.of())).toList();
        return new Page<>(items, paging.page(), paging.size(), query.count());
    }

    /** Moves a link on, if its status allows it and the caller stands on the side that may make the move. */
    private LinkView decide(long id, LinkStatus to, String reason) {
        CrosscuttingLink link = require(id, true);
        if (to == LinkStatus.WITHDRAWN) {
            requireEitherSide(link);
        } else {
            caller.requireWriteAccess(link.targetAgency.code, link.targetAgency::isBelow);
        }
        if (!link.status.next().contains(to)) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION, Text.of("link.detail-3", id, link.status, to));
        }
        Instant now = Instant.now();
        LinkStatus from = link.status;
        link.status = to;
        link.updatedAt = now;
        record(link, from, to, reason, now);
        return view(link, true);
    }

    private void requireEitherSide(CrosscuttingLink link) {
        if (!caller.canWrite(link.sourceAgency.code, link.sourceAgency::isBelow)
                && !caller.canWrite(link.targetAgency.code, link.targetAgency::isBelow)) {
            throw Caller.forbidden(Text.of("access.link-parties", link.sourceAgency.code, link.targetAgency.code));
        }
    }

    private void record(CrosscuttingLink link, LinkStatus from, LinkStatus to, String reason, Instant at) {
        LinkTransition transition = new LinkTransition();
        transition.link = link;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.actor = caller.name();
        transition.at = at;
        transition.reason = reason;
        transition.persist();
    }

    private static CrosscuttingLink require(long id, boolean lock) {
        return (lock ? CrosscuttingLink.findForUpdate(id) : CrosscuttingLink.<CrosscuttingLink>findByIdOptional(id))
                .orElseThrow(() -> ProblemException.notFound(Text.of("link.not-found", id)));
    }

    private static Agency known(String code, String pointer, List<Violation> violations) {
        Agency agency = Agency.findByCode(code).orElse(null);
        if (agency == null) {
            violations.add(Violation.at(pointer, "AGENCY_UNKNOWN", Text.of("link.agency-unknown", code)));
        }
        return agency;
    }

    private LinkView view(CrosscuttingLink link, boolean withTransitions) {
        List<LinkView.Transition> transitions = withTransitions
                ? LinkTransition.of(link).stream()
                        .map(t -> new LinkView.Transition(t.fromStatus, t.toStatus, t.actor, t.at, t.reason)).toList()
                : List.of();
        return view(link, store.presence(List.of(link.id)).get(link.id), transitions);
    }

    private static LinkView view(CrosscuttingLink link, LinkStore.Presence presence, List<LinkView.Transition> transitions) {
        return new LinkView(link.id, link.period.code,
                new LinkView.End(link.sourceAgency.code, link.sourceNodeKey, presence == null ? null : presence.source()),
                new LinkView.End(link.targetAgency.code, link.targetNodeKey, presence == null ? null : presence.target()),
                link.sharedCode, link.relationship, link.relationship.category(), link.leadAgency.code, link.status,
                link.note, link.createdAt, link.createdBy, link.updatedAt, transitions.isEmpty() ? null : transitions);
    }
}
