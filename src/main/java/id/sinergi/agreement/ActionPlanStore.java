package id.sinergi.agreement;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.sinergi.agreement.ActionPlanRequest.QuarterPlan;
import id.sinergi.agreement.ActionPlanRules.Agreed;
import id.sinergi.agreement.AgreementView.AgreedTarget;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Action plans in SQL; runs inside the caller's transaction. */
@ApplicationScoped
public class ActionPlanStore {

    @Inject
    Jdbi jdbi;

    /** The agreement's indicators with what the rules need, by key. */
    public Map<String, Agreed> agreed(AgreementStore.Header agreement) {
        Map<String, Agreed> agreed = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        select ai.indicator_key, ai.polarity, ai.accumulation, case when ai.label is null then ai.value end as value,
                               ai.min_value, ai.max_value, ai.label,
                               array(select s.label from indicator_scale s
                                     where s.version_id = a.tree_version_id and s.agency_id = a.agency_id
                                       and s.indicator_key = ai.indicator_key) as labels
                        from agreement_indicator ai
                        join agreement a on a.id = ai.agreement_id and a.agency_id = ai.agency_id
                        where ai.agreement_id = :agreement and ai.agency_id = :agency""")
                .bind("agreement", agreement.id()).bind("agency", agreement.agencyId())
                .map((r, ctx) -> Map.entry(r.getString("indicator_key"), new Agreed(r.getString("polarity"),
                        r.getString("accumulation"), r.getBigDecimal("value"), r.getBigDecimal("min_value"),
                        r.getBigDecimal("max_value"), r.getString("label"),
                        Set.of((String[]) r.getArray("labels").getArray()))))
                .forEach(e -> agreed.put(e.getKey(), e.getValue())));
        return agreed;
    }

    /** The activities and sub-activities below the agreement's programmes, in the tree version it was drawn from. */
    public Set<String> activities(AgreementStore.Header agreement) {
        return jdbi.withHandle(handle -> Set.copyOf(handle.createQuery("""
                        select n.key
                        from agreement a
                        join tree_node n on n.version_id = a.tree_version_id and n.agency_id = a.agency_id
                                        and n.level in ('ACTIVITY', 'SUB_ACTIVITY')
                        where a.id = :agreement and a.agency_id = :agency""")
                .bind("agreement", agreement.id()).bind("agency", agreement.agencyId()).mapTo(String.class).list()));
    }

    /** Replaces the agreement's plan. */
    public void replace(AgreementStore.Header agreement, ActionPlanRequest plan, String actor, Instant at) {
        long agreementId = agreement.id();
        long agency = agreement.agencyId();
        jdbi.useHandle(handle -> {
            handle.createUpdate("delete from action_plan_target where agreement_id = :agreement and agency_id = :agency")
                    .bind("agreement", agreementId).bind("agency", agency).execute();
            handle.createUpdate("delete from action_plan_activity where agreement_id = :agreement and agency_id = :agency")
                    .bind("agreement", agreementId).bind("agency", agency).execute();
            handle.createUpdate("update agreement set action_plan_by = :actor, action_plan_at = :at "
                            + "where id = :agreement and agency_id = :agency")
                    .bind("agreement", agreementId).bind("agency", agency).bind("actor", actor).bind("at", at).execute();
            PreparedBatch targets = handle.prepareBatch("""
                    insert into action_plan_target (agency_id, agreement_id, indicator_key, quarter, value, min_value,
                                                    max_value, label)
                    values (:agency, :agreement, :indicator, :quarter, :value, :min, :max, :label)""");
            plan.indicators().forEach(indicator -> indicator.quarters().forEach(q -> targets.bind("agency", agency)
                    .bind("agreement", agreementId)
                    .bind("indicator", indicator.key()).bind("quarter", q.quarter()).bind("value", q.value())
                    .bind("min", q.min()).bind("max", q.max()).bind("label", q.label()).add()));
            if (targets.size() > 0) {
                targets.execute();
            }
            PreparedBatch activities = handle.prepareBatch("""
                    insert into action_plan_activity (agency_id, agreement_id, node_key, position, weights)
                    values (:agency, :agreement, :node, :position, :weights)""");
            List<ActionPlanRequest.ActivityPlan> planned = plan.activities() == null ? List.of() : plan.activities();
            for (int i = 0; i < planned.size(); i++) {
                activities.bind("agency", agency).bind("agreement", agreementId).bind("node", planned.get(i).node()).bind("position", i)
                        .bindArray("weights", BigDecimal.class, planned.get(i).weights()).add();
            }
            if (activities.size() > 0) {
                activities.execute();
            }
        });
    }

    /** The plan of an agreement version, or empty when it has none. */
    public Optional<ActionPlanView> document(AgreementStore.Header agreement, String agency, String period) {
        return jdbi.withHandle(handle -> {
            var planned = handle.createQuery(
                            "select action_plan_by, action_plan_at from agreement where id = :id and agency_id = :agency")
                    .bind("id", agreement.id()).bind("agency", agreement.agencyId())
                    .map((r, ctx) -> r.getTimestamp("action_plan_at") == null ? null
                            : Map.entry(r.getString("action_plan_by"), r.getTimestamp("action_plan_at").toInstant()))
                    .one();
            if (planned == null) {
                return Optional.<ActionPlanView>empty();
            }
            Map<String, List<QuarterPlan>> quarters = new HashMap<>();
            handle.createQuery("""
                            select indicator_key, quarter, case when label is null then value end as value, min_value,
                                   max_value, label
                            from action_plan_target where agreement_id = :id and agency_id = :agency
                            order by indicator_key, quarter""")
                    .bind("id", agreement.id()).bind("agency", agreement.agencyId())
                    .map((r, ctx) -> Map.entry(r.getString("indicator_key"), new QuarterPlan(r.getInt("quarter"),
                            r.getBigDecimal("value"), r.getBigDecimal("min_value"), r.getBigDecimal("max_value"),
                            r.getString("label"))))
                    .forEach(e -> quarters.computeIfAbsent(e.getKey(), key -> new ArrayList<>()).add(e.getValue()));
            var indicators = handle.createQuery("""
                            select indicator_key, node_key, name, unit, accumulation,
                                   case when label is null then value end as value, min_value, max_value, label
                            from agreement_indicator where agreement_id = :id and agency_id = :agency order by position""")
                    .bind("id", agreement.id()).bind("agency", agreement.agencyId())
                    .map((r, ctx) -> new ActionPlanView.PlannedIndicator(r.getString("indicator_key"), r.getString("node_key"),
                            r.getString("name"), r.getString("unit"), r.getString("accumulation"),
                            new AgreedTarget(r.getBigDecimal("value"), r.getBigDecimal("min_value"),
                                    r.getBigDecimal("max_value"), r.getString("label")),
                            quarters.getOrDefault(r.getString("indicator_key"), List.of())))
                    .list();
            var activities = handle.createQuery("""
                            select p.node_key, n.nomenclature_code, n.statement, p.weights
                            from action_plan_activity p
                            join agreement a on a.id = p.agreement_id and a.agency_id = p.agency_id
                            left join tree_node n on n.version_id = a.tree_version_id and n.agency_id = a.agency_id
                                                 and n.key = p.node_key
                            where p.agreement_id = :id and p.agency_id = :agency
                            order by p.position""")
                    .bind("id", agreement.id()).bind("agency", agreement.agencyId())
                    .map((r, ctx) -> new ActionPlanView.PlannedActivity(r.getString("node_key"),
                            r.getString("nomenclature_code"), r.getString("statement"), weights(r.getArray("weights"))))
                    .list();
            return Optional.of(new ActionPlanView(agency, period, agreement.year(), agreement.version(), planned.getKey(),
                    planned.getValue(), indicators, activities));
        });
    }

    private static List<BigDecimal> weights(Array array) throws SQLException {
        return Arrays.asList((BigDecimal[]) array.getArray());
    }
}
