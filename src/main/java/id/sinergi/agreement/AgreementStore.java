package id.sinergi.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.sinergi.agreement.AgreementRequest.Party;
import id.sinergi.agreement.AgreementView.AgreedIndicator;
import id.sinergi.agreement.AgreementView.AgreedProgramme;
import id.sinergi.agreement.AgreementView.AgreedTarget;
import id.sinergi.cascade.CascadeTree;
import id.sinergi.cascade.Level;
import id.sinergi.cascade.TreeVersion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Agreements in SQL; runs inside the caller's transaction. */
@ApplicationScoped
public class AgreementStore {

    /** A version of an agreement as stored, without its contents. */
    public record Header(long id, long agencyId, long treeId, int year, int version, AgreementStatus status,
                         long treeVersionId, int treeVersion) {
    }

    /** An agreed indicator of the tree version that has no target for the year. */
    public record MissingTarget(String indicatorKey, String nodeKey) {
    }

    @Inject
    Jdbi jdbi;

    private static final String HEADER = """
            select a.id, a.agency_id, a.tree_id, a.year, a.version, a.status, a.tree_version_id, v.version as tree_version
            from agreement a join tree_version v on v.id = a.tree_version_id and v.agency_id = a.agency_id
            """;

    private static final String OF_TREE = "where a.tree_id = :tree and a.agency_id = :agency and a.year = :year ";

    /** The highest version of the year's agreement, draft or signed. */
    public Optional<Header> latest(CascadeTree tree, int year) {
        return header(HEADER + OF_TREE + "order by a.version desc limit 1", tree, year);
    }

    /** The agreement in force: the highest signed version. */
    public Optional<Header> inForce(CascadeTree tree, int year) {
        return header(HEADER + OF_TREE + "and a.status = 'SIGNED' order by a.version desc limit 1", tree, year);
    }

    public Optional<Header> version(CascadeTree tree, int year, int version) {
        return jdbi.withHandle(handle -> handle.createQuery(HEADER + OF_TREE + "and a.version = :version")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("year", year).bind("version", version)
                .map(ConstructorMapper.of(Header.class)).findOne());
    }

    private Optional<Header> header(String sql, CascadeTree tree, int year) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("tree", tree.id).bind("agency", tree.agencyId)
                .bind("year", year).map(ConstructorMapper.of(Header.class)).findOne());
    }

    /** The sasaran and programme indicators of the version without a target for the year. */
    public List<MissingTarget> missingTargets(TreeVersion version, int year) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select i.key as indicator_key, i.node_key
                        from indicator i
                        join tree_node n on n.version_id = i.version_id and n.agency_id = i.agency_id and n.key = i.node_key
                        where i.version_id = :version and i.agency_id = :agency and n.level in ('TARGET', 'PROGRAM')
                          and not exists (select 1 from indicator_target t
                                          where t.version_id = i.version_id and t.agency_id = i.agency_id
                                            and t.indicator_key = i.key and t.year = :year)
                        order by i.position""")
                .bind("version", version.id).bind("agency", version.agencyId).bind("year", year)
                .map(ConstructorMapper.of(MissingTarget.class)).list());
    }

    /** Removes a draft (drawing again replaces it). */
    public void deleteDraft(Header draft) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "delete from agreement where id = :id and agency_id = :agency and status = 'DRAFT'")
                .bind("id", draft.id()).bind("agency", draft.agencyId()).execute());
    }

    /**
     * Stores a new draft version copying the version's agreed indicators with the year's targets and its
     * programmes with their budget in force now; returns the number of agreed indicators.
     */
    public int draw(CascadeTree tree, int year, int version, long treeVersionId, AgreementRequest request, Long superiorId,
                    String actor, Instant at) {
        return jdbi.withHandle(handle -> {
            long id = handle.createUpdate("""
                            insert into agreement (agency_id, tree_id, year, version, status, tree_version_id,
                                                   first_party_name, first_party_position, second_party_name,
                                                   second_party_position, superior_agreement_id, reason, drawn_by, drawn_at)
                            select t.agency_id, t.id, :year, :version, 'DRAFT', :treeVersion, :firstName, :firstPosition,
                                   :secondName, :secondPosition, :superior, :reason, :actor, :at
                            from cascade_tree t where t.id = :tree and t.agency_id = :agency""")
                    .bind("tree", tree.id).bind("agency", tree.agencyId).bind("year", year).bind("version", version)
                    .bind("treeVersion", treeVersionId)
                    .bind("firstName", request.firstParty().name()).bind("firstPosition", request.firstParty().position())
                    .bind("secondName", request.secondParty().name()).bind("secondPosition", request.secondParty().position())
                    .bind("superior", superiorId).bind("reason", request.reason()).bind("actor", actor).bind("at", at)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            int agreed = handle.createUpdate("""
                            insert into agreement_indicator (agency_id, agreement_id, indicator_key, position, node_key, level,
                                                             statement, name, unit, polarity, accumulation, value, min_value,
                                                             max_value, label)
                            select i.agency_id, :agreement, i.key, i.position, i.node_key, n.level, n.statement, i.name, i.unit,
                                   i.polarity, i.accumulation, t.value, t.min_value, t.max_value, t.label
                            from indicator i
                            join tree_node n on n.version_id = i.version_id and n.agency_id = i.agency_id and n.key = i.node_key
                            join indicator_target t on t.version_id = i.version_id and t.agency_id = i.agency_id
                                                   and t.indicator_key = i.key and t.year = :year
                            where i.version_id = :version and i.agency_id = :agency and n.level in ('TARGET', 'PROGRAM')""")
                    .bind("agreement", id).bind("version", treeVersionId).bind("agency", tree.agencyId).bind("year", year)
                    .execute();
            handle.createUpdate("""
                            insert into agreement_programme (agency_id, agreement_id, node_key, position, code, statement,
                                                             budget)
                            select p.agency_id, :agreement, p.key, p.position, p.nomenclature_code, p.statement,
                                   (select sum(ceiling_in_force(b.original_ceiling, b.revised_ceiling))
                                    from tree_node a
                                    join node_budget b on b.tree_id = :tree and b.agency_id = a.agency_id and b.year = :year
                                                      and b.node_key = a.key
                                    where a.version_id = p.version_id and a.agency_id = p.agency_id and a.program_key = p.key)
                            from tree_node p
                            where p.version_id = :version and p.agency_id = :agency and p.level = 'PROGRAM'""")
                    .bind("agreement", id).bind("tree", tree.id).bind("version", treeVersionId).bind("agency", tree.agencyId)
                    .bind("year", year).execute();
            return agreed;
        });
    }

    /** Signs a draft: from now on it never changes. */
    public void sign(Header draft, String actor, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update agreement set status = 'SIGNED', signed_by = :actor, signed_at = :at
                        where id = :id and agency_id = :agency and status = 'DRAFT'""")
                .bind("id", draft.id()).bind("agency", draft.agencyId()).bind("actor", actor).bind("at", at).execute());
    }

    /** Every version of the year, oldest first. */
    public List<AgreementView> versions(CascadeTree tree, int year) {
        return jdbi.withHandle(handle -> handle.createQuery(HEADER + OF_TREE + "order by a.version")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("year", year)
                .map(ConstructorMapper.of(Header.class)).list())
                .stream().map(h -> document(h, tree.agency.code, tree.period.code)).toList();
    }

    /** The document of a version: its signatories, agreed indicators and programmes. */
    public AgreementView document(Header header, String agency, String period) {
        return jdbi.withHandle(handle -> {
            List<AgreedIndicator> indicators = handle.createQuery("""
                            select indicator_key, node_key, level, statement, name, unit, polarity, accumulation,
                                   case when label is null then value end as value, min_value, max_value, label
                            from agreement_indicator where agreement_id = :id and agency_id = :agency order by position""")
                    .bind("id", header.id()).bind("agency", header.agencyId())
                    .map((r, ctx) -> new AgreedIndicator(r.getString("indicator_key"), r.getString("node_key"),
                            Level.valueOf(r.getString("level")), r.getString("statement"), r.getString("name"),
                            r.getString("unit"), r.getString("polarity"), r.getString("accumulation"),
                            new AgreedTarget(r.getBigDecimal("value"), r.getBigDecimal("min_value"),
                                    r.getBigDecimal("max_value"), r.getString("label"))))
                    .list();
            List<AgreedProgramme> programmes = handle.createQuery("""
                            select node_key, code, statement, budget
                            from agreement_programme where agreement_id = :id and agency_id = :agency order by position""")
                    .bind("id", header.id()).bind("agency", header.agencyId())
                    .map((r, ctx) -> new AgreedProgramme(r.getString("node_key"), r.getString("code"),
                            r.getString("statement"), r.getBigDecimal("budget")))
                    .list();
            return handle.createQuery("""
                            select a.reason, a.first_party_name, a.first_party_position, a.second_party_name,
                                   a.second_party_position, a.superior_agreement_id,
                                   a.drawn_by, a.drawn_at, a.signed_by, a.signed_at,
                                   a.version = (select max(f.version) from agreement f
                                                where f.tree_id = a.tree_id and f.agency_id = a.agency_id and f.year = a.year
                                                  and f.status = 'SIGNED')
                                       as in_force,
                                   (select sum(budget) from agreement_programme p
                                    where p.agreement_id = a.id and p.agency_id = a.agency_id) as budget
                            from agreement a
                            where a.id = :id and a.agency_id = :agency""")
                    .bind("id", header.id()).bind("agency", header.agencyId())
                    .map((r, ctx) -> new AgreementView(agency, period, header.year(), header.version(), header.status(),
                            r.getBoolean("in_force"), r.getString("reason"), header.treeVersion(),
                            new Party(r.getString("first_party_name"), r.getString("first_party_position")),
                            new Party(r.getString("second_party_name"), r.getString("second_party_position")),
                            superior(handle, (Long) r.getObject("superior_agreement_id")),
                            r.getString("drawn_by"), r.getTimestamp("drawn_at").toInstant(), r.getString("signed_by"),
                            r.getTimestamp("signed_at") == null ? null : r.getTimestamp("signed_at").toInstant(),
                            r.getBigDecimal("budget"), indicators, programmes))
                    .one();
        });
    }

    /**
     * The superior's agreement an agreement names: another agency's row, found by its id alone, so on a database
     * distributed by agency this one lookup asks every shard (docs/scaling.md).
     */
    private static AgreementView.SuperiorAgreement superior(Handle handle, Long superiorId) {
        return superiorId == null ? null : handle.createQuery("""
                        select sa.code as agency, s.version
                        from agreement s join agency sa on sa.id = s.agency_id
                        where s.id = :superior""")
                .bind("superior", superiorId).map(ConstructorMapper.of(AgreementView.SuperiorAgreement.class)).one();
    }
}
