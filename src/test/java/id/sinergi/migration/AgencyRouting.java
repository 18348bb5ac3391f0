package id.sinergi.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a statement about one agency can be routed to that agency's shard (docs/scaling.md): every
 * distributed table or view it reads, changes or deletes from is tied to agency_id, either by a value
 * ({@code r.agency_id = :agency}) or by a join to another relation's agency_id, and every row it inserts names
 * its agency_id. The check reads the SQL text, so it is a rule of thumb a reviewer would apply, not a parser:
 * it asks that each relation's own alias meets agency_id in a comparison.
 */
final class AgencyRouting {

    /** Relations whose rows belong to one agency: the distributed tables and the views over them. */
    static final Set<String> PER_AGENCY = Stream.concat(DistributionCatalogueTest.DISTRIBUTED.stream(),
            Stream.of("current_tree", "node_document", "indicator_document", "node_full_document")).collect(Collectors.toSet());

    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(from|join|update|into)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b(?:\\s+(?:as\\s+)?([a-z_][a-z0-9_]*))?");

    private static final Set<String> NOT_AN_ALIAS = Set.of("where", "on", "join", "left", "right", "inner", "full",
            "cross", "natural", "set", "using", "order", "group", "limit", "offset", "select", "returning", "values",
            "union", "having", "window", "for", "fetch", "default", "and", "or", "lateral", "except", "intersect");

    /** A value bound to the statement: :name, or Hibernate's ?. */
    private static final String BOUND = "(?::[a-z][a-z0-9_]*\\b|\\?)";

    /** Some relation's agency_id, qualified or not. */
    private static final String ANY_AGENCY_ID = "(?:[a-z_][a-z0-9_]*\\.)?agency_id\\b";

    /** What a relation's agency_id may be compared with to pick a shard: a bound value or another agency_id. */
    private static final String OTHER_SIDE = "(?:" + BOUND + "|" + ANY_AGENCY_ID + ")";

    private static final Pattern AGENCY_VALUE = Pattern.compile(
            ANY_AGENCY_ID + "\\s*=\\s*" + BOUND + "|" + BOUND + "\\s*=\\s*" + ANY_AGENCY_ID);

    private AgencyRouting() {
    }

    /** What keeps the statement from being routed by agency; empty when nothing does. */
    static List<String> violations(String sql) {
        // what an UPDATE sets is not a condition: only what follows it can tie the rows to an agency
        String text = plain(sql).replaceAll("\\bset .*?(?= where | from | returning |$)", "set ");
        List<String> found = new ArrayList<>();
        boolean perAgency = false;
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            String relation = reference.group(2);
            if (!PER_AGENCY.contains(relation)) {
                continue;
            }
            perAgency = true;
            if (reference.group(1).equals("into")) {
                String columns = text.substring(reference.end(2)).stripLeading();
                if (!columns.startsWith("(") || !columns.substring(0, columns.indexOf(')') + 1).matches("(?s).*\\bagency_id\\b.*")) {
                    found.add("insert into " + relation + " does not name agency_id");
                }
                continue;
            }
            String alias = reference.group(3) == null || NOT_AN_ALIAS.contains(reference.group(3))
                    ? relation : reference.group(3);
            if (!tied(text, alias, alias.equals(relation))) {
                found.add(relation + (alias.equals(relation) ? "" : " " + alias) + ": no condition on "
                        + (alias.equals(relation) ? "" : alias + ".") + "agency_id");
            }
        }
        if (perAgency && found.isEmpty() && !AGENCY_VALUE.matcher(text).find() && !text.startsWith("insert")) {
            found.add("no agency_id compared with a bound value");
        }
        return found;
    }

    /**
     * Whether the relation's agency_id is compared with a bound value or with another relation's agency_id;
     * a comparison with anything else (agency.id, say) does not pick a shard.
     */
    private static boolean tied(String text, String alias, boolean unqualified) {
        String column = "(?:\\b" + Pattern.quote(alias) + "\\." + (unqualified ? "|(?<![a-z0-9_.])" : "") + ")agency_id\\b";
        return Pattern.compile(column + "\\s*=\\s*" + OTHER_SIDE + "|" + OTHER_SIDE + "\\s*=\\s*" + column).matcher(text).find();
    }

    /** Lower case, on one line, without comments, and with literals and quoted names blanked out. */
    private static String plain(String sql) {
        return sql.toLowerCase()
                .replaceAll("--[^\n]*", " ")
                .replaceAll("'(?:[^']|'')*'", "''")
                .replaceAll("\"[^\"]*\"", "quoted")
                .replaceAll("\\s+", " ")
                .strip();
    }

}
