package id.sinergi.cascade;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.config.SinergiConfig;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Text;
import id.sinergi.problem.Violation;
import id.sinergi.xlsx.XlsxReader;
import org.jboss.logging.Logger;

/**
 * Trees as workbooks: a tree read from a planner's .xlsx and submitted like a JSON one (the same rules, its
 * violations placed in cells), the current tree written in the same layout, and the empty template.
 */
@ApplicationScoped
public class TreeWorkbooks {

    private static final Logger LOG = Logger.getLogger(TreeWorkbooks.class);
    /** Parts a workbook may have; one with a sheet of each kind has about fifteen. */
    private static final int MAX_ENTRIES = 1000;
    /** Rows over all sheets, per node a tree may have: indicators, targets, quarters, budget lines. */
    private static final int ROWS_PER_NODE = 25;

    @Inject
    CascadeService cascades;

    @Inject
    SinergiConfig config;

    @Inject
    ObjectMapper json;

    /** Reads the workbook and submits the tree in it, as {@link CascadeService#submitTree} does a JSON one. */
    public CascadeService.Submitted submit(String agency, String period, InputStream body, VersionTag basedOn)
            throws IOException {
        TreeWorkbookReader.Read read = TreeWorkbookReader.read(sheets(body));
        int maxNodes = config.limits().maxTreeNodes();
        if (read.tree().nodes().size() > maxNodes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("tree-size-limit.detail", maxNodes, maxNodes));
        }
        try {
            return cascades.submitTree(agency, period, read.tree(), basedOn);
        } catch (ProblemException rejected) {
            if (rejected.type() != ProblemType.VALIDATION || rejected.violations().isEmpty()) {
                throw rejected;
            }
            List<Violation> placed = rejected.violations().stream().map(read.locator()::place).toList();
            throw rejected.withViolations(placed);
        }
    }

    private List<XlsxReader.Sheet> sheets(InputStream body) throws IOException {
        SinergiConfig.Limits limits = config.limits();
        try {
            return XlsxReader.read(body, new XlsxReader.Limits(limits.maxBodySize().asLongValue(),
                    limits.maxWorkbookSize().asLongValue(), MAX_ENTRIES, limits.maxTreeNodes() * ROWS_PER_NODE),
                    TreeWorkbookReader::wanted);
        } catch (XlsxReader.Unreadable e) {
            LOG.debugf("Refused a workbook: %s", e.getMessage());
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("workbook.unreadable"));
        } catch (XlsxReader.TooLarge e) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("workbook.too-large." + e.what(), e.limit()));
        }
    }

    /** A tree as read (flat) in the workbook layout, the guide in a language. */
    public TreeWorkbook workbook(TreeView tree, Locale locale) {
        return TreeWorkbook.of(nodes(tree.nodes()), locale);
    }

    /** The empty template: every sheet with its headers and drop-down lists, and the guide. */
    public static TreeWorkbook template(Locale locale) {
        return TreeWorkbook.of(List.of(), locale);
    }

    private List<TreeSubmission.Node> nodes(String flatArray) {
        try {
            return json.readValue(flatArray, NODES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored nodes do not read as submitted ones", e);
        }
    }

    private static final TypeReference<List<TreeSubmission.Node>> NODES = new TypeReference<>() {
    };
}
