package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.cascade.Level;
import id.sinergi.common.PageRequest;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Duplication candidates (duplikasi tugas dan fungsi, konflik kewenangan; definition: docs/domain.md,
 * "Duplication candidates"): pairs found through shared codes and statement signatures (SQL functions
 * statement_words and statement_signatures), confirmed by pg_trgm similarity.
 */
@ApplicationScoped
public class DuplicationReport {

    static final List<String> COLUMNS = List.of("agency", "node", "level", "statement", "otherAgency", "otherNode",
            "otherLevel", "otherStatement", "reasons", "codes", "similarity", "authority");

    /** Why two nodes may duplicate each other (the SQL below names them). */
    @Schema(name = "DuplicationReason")
    public enum Reason { SHARED_CODE, SIMILAR_STATEMENT, AUTHORITY_CONFLICT }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DuplicationCandidate")
    public record Candidate(String agency, String node, Level level, String statement, String otherAgency, String otherNode,
                            Level otherLevel, String otherStatement,
                            @Schema(type = SchemaType.ARRAY, implementation = Reason.class,
                                    description = "SHARED_CODE, SIMILAR_STATEMENT and/or AUTHORITY_CONFLICT (konflik "
                                    + "kewenangan: the same sub-activity code in two agencies, only one of which holds "
                                    + "its affair)") List<String> reasons,
                            @Schema(description = "The shared indicator codes, and the sub-activity code of an "
                                    + "AUTHORITY_CONFLICT") List<String> codes,
                            @Schema(description = "Trigram similarity of the statements, 0 to 1") BigDecimal similarity,
                            @Schema(description = "AUTHORITY_CONFLICT: the agency that holds the code's affair "
                                    + "(urusan.bidang)") @MayBeAbsent String authority)
            implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, node, level, statement, otherAgency, otherNode, otherLevel, otherStatement,
                    String.join(" ", reasons), String.join(" ", codes), similarity, authority);
        }
    }

    /** The walk is the SQL function duplication_candidates (R__duplication.sql), which stops once the page is found. */
    static final String SQL = """
            select agency, node, level, statement, other_agency, other_node, other_level, other_statement, reasons,
                   coalesce(codes, '{}') as codes, similarity, authority
            from duplication_candidates(:period, :agency, :threshold, :limit, :offset) offset :offset limit :limit""";

    private static final RowMapper<Candidate> CANDIDATE = ConstructorMapper.of(Candidate.class);

    @Inject
    ReportSql sql;

    @Transactional
    public Report<Candidate> report(ReportScope scope, BigDecimal threshold, PageRequest paging) {
        List<Candidate> candidates = sql.list(SQL, CANDIDATE, query -> query.bind("period", scope.periodId())
                .bind("agency", scope.agencyId()).bind("threshold", threshold).bind("limit", paging.size())
                .bind("offset", paging.offset()));
        // No total: over a nation the pairs run to millions, and counting them would pair every node.
        return new Report<>(scope.period(), null, null, null, candidates, null, paging.page(), paging.size(), COLUMNS);
    }
}
