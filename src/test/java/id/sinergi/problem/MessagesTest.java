package id.sinergi.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.sinergi.agreement.AgreementResource;
import id.sinergi.budget.BudgetResource;
import id.sinergi.report.ReportResource;
import org.junit.jupiter.api.Test;

/** Every problem is told in both languages, and the client's Accept-Language picks one. */
class MessagesTest {

    @Test
    void everyProblemTypeHasATitleInEnglishAndInIndonesian() {
        List<String> untranslated = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            String english = Messages.title(type, Messages.ENGLISH);
            String indonesian = Messages.title(type, Messages.INDONESIAN);
            assertFalse(english.isBlank(), type.name());
            if (english.equals(indonesian)) {
                untranslated.add(type.name());
            }
        }
        assertEquals(List.of(), untranslated);
        assertEquals("Permintaan tidak valid", Messages.title(ProblemType.VALIDATION, Messages.INDONESIAN));
        assertEquals("Invalid request", ProblemType.VALIDATION.title());
    }

    @Test
    void everyTextIsInBothBundlesAndEveryApostropheIsWrittenTwice() throws IOException {
        Properties english = bundle("messages/problems.properties");
        Properties indonesian = bundle("messages/problems_id.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(indonesian.stringPropertyNames()));
        List<String> singleApostrophes = new ArrayList<>();
        for (Properties bundle : List.of(english, indonesian)) {
            for (String key : bundle.stringPropertyNames()) {
                // MessageFormat takes a lone apostrophe for a quote and drops it: "indicator's" would read "indicators"
                if (bundle.getProperty(key).replace("''", "").contains("'")) {
                    singleApostrophes.add(key);
                }
            }
        }
        assertEquals(List.of(), singleApostrophes);
        List<String> same = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).equals(indonesian.getProperty(key))).sorted().toList();
        // an array is an array in both languages
        assertEquals(List.of("json.type.array"), same);
    }

    @Test
    void aTextWithValuesAndATextInsideIt() {
        Text text = Text.of("tree.code-format", "'1.2'", "PROGRAM", Text.of("code.shape.PROGRAM"));
        assertEquals("'1.2' is not a PROGRAM code: expected X.XX.XX (urusan.bidang.program), e.g. 1.02.02", text.english());
        assertEquals("'1.2' bukan kode PROGRAM: seharusnya X.XX.XX (urusan.bidang.program), mis. 1.02.02",
                Messages.text(text, Messages.INDONESIAN));
        // values are shown as given: 20000 is not regrouped to 20,000 or 20.000
        assertEquals("at most 20000 characters", Text.of("tree.text-too-long", 20000).english());
        assertEquals("node key 'K1' is already used at /nodes/0",
                Text.of("tree.node-key-duplicate", "K1", "/nodes/0").english());
    }

    /** A key the code names but the bundles lack would answer 500 at the first such problem, so none may be missing. */
    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Properties english = bundle("messages/problems.properties");
        Pattern literalKey = Pattern.compile("(?:Text\\.of|QueryParams\\.bad\\(\"[^\"]+\", \"[A-Z_0-9]+\",)\\(?\\s*\"([a-z][a-z0-9.-]*)\"");
        // the rule classes name keys without their prefix: violation(pointer, RULE, key, values...)
        Pattern ruleKey = Pattern.compile("violation\\([^;]*?\"[A-Z_0-9]+\",\\s*(?:[^;]*?\\? )?\"([a-z][a-z0-9-]*)\"(?:\\s*:\\s*\"([a-z][a-z0-9-]*)\")?");
        Map<String, String> prefixes = Map.of("cascade/TreeValidator.java", "tree.", "agreement/ActionPlanRules.java", "plan.");
        List<String> missing = new ArrayList<>();
        List<String> named = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/sinergi"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher literal = literalKey.matcher(source);
                while (literal.find()) {
                    if (!literal.group(1).endsWith(".")) {
                        named.add(literal.group(1));
                    }
                }
                String relative = Path.of("src/main/java/id/sinergi").relativize(file).toString().replace('\\', '/');
                if (prefixes.containsKey(relative)) {
                    Matcher rule = ruleKey.matcher(source);
                    while (rule.find()) {
                        named.add(prefixes.get(relative) + rule.group(1));
                        if (rule.group(2) != null) {
                            named.add(prefixes.get(relative) + rule.group(2));
                        }
                    }
                }
            }
        }
        for (String key : named) {
            if (!english.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(named.size() > 200, "keys found in the code: " + named.size());
    }

    @Test
    void everyCsvColumnHasAnIndonesianHeader() throws IOException {
        Properties columns = bundle("messages/columns_id.properties");
        List<String> untranslated = Stream.of(ReportResource.CSV_COLUMNS, AgreementResource.CSV_COLUMNS,
                        BudgetResource.CSV_COLUMNS)
                .flatMap(byOperation -> byOperation.values().stream()).flatMap(List::stream).distinct()
                .filter(name -> !columns.containsKey(name)).sorted().toList();
        assertEquals(List.of(), untranslated);
        assertEquals("instansi", Messages.column("agency", Messages.INDONESIAN));
        assertEquals("agency", Messages.column("agency", Messages.ENGLISH));
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void acceptLanguagePicksIndonesianOrFallsBackToEnglish() {
        assertEquals(Messages.INDONESIAN, Messages.of("id"));
        assertEquals(Messages.INDONESIAN, Messages.of("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7"));
        assertEquals(Messages.INDONESIAN, Messages.of("fr;q=0.9, id;q=0.5"));
        assertEquals(Messages.ENGLISH, Messages.of("en;q=0.9, id;q=0.5"));
        assertEquals(Messages.ENGLISH, Messages.of(null));
        assertEquals(Messages.ENGLISH, Messages.of("fr"));
        assertEquals(Messages.ENGLISH, Messages.of(";;;q=x"));
        assertEquals(Messages.ENGLISH, Messages.of("id,".repeat(Messages.MAX_HEADER_LENGTH)));
        assertNotEquals(Messages.of("id"), Messages.of("en"));
    }
}
