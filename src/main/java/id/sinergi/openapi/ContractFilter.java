package id.sinergi.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import java.util.stream.Collectors;

import jakarta.ws.rs.GET;

import id.sinergi.agreement.AgreementResource;
import id.sinergi.budget.BudgetResource;
import id.sinergi.cache.CacheableAnswer;
import id.sinergi.cascade.CascadeResource;
import id.sinergi.common.ReportSession;
import id.sinergi.crosscut.LinkResource;
import id.sinergi.realisation.LockResource;
import id.sinergi.realisation.RealisationResource;
import id.sinergi.search.SearchResource;
import id.sinergi.problem.ProblemType;
import id.sinergi.report.ReportResource;
import id.sinergi.svg.Picture;
import id.sinergi.xlsx.Spreadsheet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.servers.ServerVariable;

/**
 * What the contract says beyond the annotations of each operation, so that a generated client can trust it:
 * the problems and headers every operation can answer with, CSV answers as the text they are with their
 * columns, and which properties of an answer are always present.
 */
public class ContractFilter implements OASFilter {

    // Sorted, so that the generated document is the same on every run.
    private static final Map<String, String> EVERYWHERE = new TreeMap<>(Map.of(
            "400", "BadRequest", "401", "Unauthenticated", "403", "Forbidden", "406", "NotAcceptable",
            "414", "UriTooLong", "415", "UnsupportedMediaType", "431", "HeadersTooLarge", "500", "InternalError",
            "503", "Unavailable"));

    static final String REQUEST_ID = "RequestId";
    private static final String ANSWER_TAG = "AnswerTag";
    private static final String CACHE_POLICY = "CachePolicy";

    /**
     * The resources marked {@link CacheableAnswer}: their reads of one period answer with a tag and 304
     * (ConditionalAnswers). ArchitectureTest checks that this names every marked class.
     */
    public static final List<Class<?>> CONDITIONAL = List.of(AgreementResource.class, BudgetResource.class,
            CascadeResource.class, LinkResource.class, LockResource.class, RealisationResource.class, ReportResource.class,
            SearchResource.class);

    private static final Set<String> CONDITIONAL_OPERATIONS = CONDITIONAL.stream()
            .flatMap(resource -> Arrays.stream(resource.getMethods()))
            .filter(method -> method.isAnnotationPresent(GET.class) && method.isAnnotationPresent(
                    org.eclipse.microprofile.openapi.annotations.Operation.class))
            .map(method -> method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class).operationId())
            .collect(Collectors.toSet());
    private static final String CSV = "text/csv";

    /** The columns of each CSV answer, by operationId. */
    static final Map<String, List<String>> CSV_COLUMNS = csvColumns();

    private static Map<String, List<String>> csvColumns() {
        Map<String, List<String>> columns = new TreeMap<>();
        columns.putAll(ReportResource.CSV_COLUMNS);
        columns.putAll(AgreementResource.CSV_COLUMNS);
        columns.putAll(BudgetResource.CSV_COLUMNS);
        return columns;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, ServerVariable> variables = new LinkedHashMap<>();
        variables.put("scheme", variable("http or https", "https", List.of("https", "http")));
        variables.put("host", variable("Host and port", "localhost:8080", null));
        openAPI.setServers(List.of(OASFactory.createServer().url("{scheme}://{host}")
                .description("Where the service is deployed (dev mode: http://localhost:8080)").variables(variables)));
        Components components = openAPI.getComponents();
        components.addHeader(REQUEST_ID, OASFactory.createHeader().description("The request's id, as in the service log: "
                + "the caller's own X-Request-Id when it sent a sane one, else a new one").schema(text()));
        components.getResponses().values().forEach(problem -> {
            addRequestId(problem);
            addHeader(problem, "Content-Language", "The language of the problem's title and texts: id when Accept-Language "
                    + "prefers Bahasa Indonesia, else en");
        });
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        describeConditionalAnswers(components);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(ContractFilter::describeOperation);
                Operation read = item.getGET();
                if (read != null && CONDITIONAL_OPERATIONS.contains(read.getOperationId()) && (path.contains("{period}")
                        || read.getParameters() != null && read.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "period".equals(p.getName())))) {
                    describeConditional(read);
                }
                if (read != null && path.startsWith("/api/v1/reports/")) {
                    describeFreshness(read.getResponses().getAPIResponse("200"));
                }
            }
        });
        Schema problem = components.getSchemas().get("Problem");
        problem.getProperties().get("type").setEnumeration(Arrays.stream(ProblemType.values())
                .map(type -> (Object) type.uri()).toList());
        AnyJson.replace(openAPI);
        new AlwaysPresent(openAPI).markRequired();
        Set<String> used = SchemaWalk.used(openAPI);
        Set.copyOf(openAPI.getComponents().getSchemas().keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static ServerVariable variable(String description, String defaultValue, List<String> values) {
        ServerVariable variable = OASFactory.createServerVariable().description(description).defaultValue(defaultValue);
        return values == null ? variable : variable.enumeration(values);
    }

    private static void describeOperation(Operation operation) {
        if ("putTree".equals(operation.getOperationId())) {
            // the workbook arrives at its own resource method (a JAX-RS method per body type), hidden from the contract
            operation.getRequestBody().getContent().addMediaType(Spreadsheet.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(workbook(CascadeResource.WORKBOOK)));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        boolean idempotent = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "Idempotency-Key".equals(p.getName()));
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                return;
            }
            addRequestId(response);
            if ("201".equals(status)) {
                addHeader(response, "Location", "Where the created resource can be read");
            }
            if (idempotent && status.startsWith("2")) {
                addHeader(response, "Idempotency-Replayed", "true when this answers a repeated Idempotency-Key: "
                        + "nothing new was done, and the body is the resource as it is now");
            }
            describeCsv(operation.getOperationId(), response.getContent());
            describeWorkbook(operation.getOperationId(), response.getContent());
            describePicture(response.getContent());
        });
        // Replaces the bare 400/401/403 entries Quarkus generates: ours say the body is a problem document.
        EVERYWHERE.forEach((status, name) -> operation.getResponses()
                .addAPIResponse(status, OASFactory.createAPIResponse().ref(name)));
    }

    /**
     * The tag, policy and 304 answer that conditional reads share. If-None-Match is an HTTP caching header, not
     * declared as a parameter: generated clients would otherwise gain an argument on every read, which breaks them.
     */
    private static void describeConditionalAnswers(Components components) {
        components.addHeader(ANSWER_TAG, OASFactory.createHeader().schema(text()).description("A strong entity tag of "
                + "this answer. It changes with every write to the period's data, to agencies, periods or the nomenclature, "
                + "and with the date; send it back in If-None-Match to be answered 304 while it holds. A tree read's tag "
                + "starts with the tree's version (\"3.<key>\"), which If-Match takes for a change."));
        components.addHeader(CACHE_POLICY, OASFactory.createHeader().schema(text()).description("private, no-cache: a "
                + "client may keep the answer but asks again (If-None-Match) before each use; shared caches keep nothing"));
        components.addResponse("NotModified", OASFactory.createAPIResponse().description("The answer whose tag "
                        + "the request's If-None-Match named (or *) is still current; no body")
                .addHeader("ETag", OASFactory.createHeader().ref(ANSWER_TAG))
                .addHeader("Cache-Control", OASFactory.createHeader().ref(CACHE_POLICY))
                .addHeader("X-Request-Id", OASFactory.createHeader().ref(REQUEST_ID)));
    }

    private static void describeConditional(Operation read) {
        APIResponse answer = read.getResponses().getAPIResponse("200");
        answer.addHeader("ETag", OASFactory.createHeader().ref(ANSWER_TAG));
        answer.addHeader("Cache-Control", OASFactory.createHeader().ref(CACHE_POLICY));
        read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
    }

    /** Where a report was read and how fresh it is (ReportSession): a standby may lag the primary. */
    private static void describeFreshness(APIResponse answer) {
        addHeader(answer, ReportSession.READ_FROM, "Where the report was read: standby (a hot standby, which may lag "
                + "the primary's last writes) or primary (no standby configured or reachable, the standby too far behind, "
                + "or the request sent X-Read-From: primary to read its own writes at once)");
        addHeader(answer, ReportSession.DATA_AS_OF, "Every write committed up to this instant (RFC 3339, UTC) is in the "
                + "report. From a standby: its last replayed commit, so an idle primary makes it look older than it is");
    }

    private static void addRequestId(APIResponse response) {
        response.addHeader("X-Request-Id", OASFactory.createHeader().ref(REQUEST_ID));
    }

    private static void addHeader(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().description(description).schema(text()));
        }
    }

    /** A CSV answer is text: its schema says so and names the columns, which the JSON schema does not. */
    private static void describeCsv(String operationId, Content content) {
        MediaType csv = content == null ? null : content.getMediaType(CSV);
        if (csv == null) {
            return;
        }
        List<String> columns = CSV_COLUMNS.get(operationId);
        if (columns == null) {
            throw new IllegalStateException("No CSV columns are recorded for operation " + operationId
                    + "; add them to the CSV_COLUMNS of its resource");
        }
        csv.setSchema(text().description("RFC 4180 CSV in UTF-8 with CRLF line ends: a header line, then one line per "
                + "row. Columns: " + String.join(", ", columns) + " (headed in Bahasa Indonesia with Accept-Language: "
                + "id). Text a spreadsheet would take for a formula (starting with =, +, -, @) carries a leading "
                + "apostrophe."));
    }

    /** A workbook answer is a file; a table's has the CSV columns on one sheet. */
    private static void describeWorkbook(String operationId, Content content) {
        MediaType xlsx = content == null ? null : content.getMediaType(Spreadsheet.MEDIA_TYPE);
        if (xlsx == null || (xlsx.getSchema() != null && xlsx.getSchema().getRef() == null)) {
            return;
        }
        List<String> columns = CSV_COLUMNS.get(operationId);
        if (columns == null) {
            throw new IllegalStateException("No columns are recorded for the workbook of operation " + operationId
                    + "; add them to the CSV_COLUMNS of its resource, or describe its workbook");
        }
        xlsx.setSchema(workbook("An Office Open XML workbook (.xlsx) of one sheet, the same columns as the CSV: "
                + String.join(", ", columns) + " (sheet and headers in Bahasa Indonesia with Accept-Language: id). "
                + "Numbers are numbers; text a spreadsheet would take for a formula is marked as text (quotePrefix), "
                + "its value unchanged."));
    }

    /** A workbook's schema: binary, described. */
    public static Schema workbook(String description) {
        return text().format("binary").contentMediaType(Spreadsheet.MEDIA_TYPE).description(description);
    }

    /** An SVG answer is text too; an operation may have described it already. */
    private static void describePicture(Content content) {
        MediaType svg = content == null ? null : content.getMediaType(Picture.MEDIA_TYPE);
        if (svg != null && (svg.getSchema() == null || svg.getSchema().getRef() != null)) {
            svg.setSchema(text().description("An SVG 1.1 document (UTF-8)"));
        }
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
