package id.sinergi.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

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
    }

    @Test
    void aTextWithValuesAndATextInsideIt() {
        Text text = Text.of("tree.code-format", "'1.2'", "PROGRAM", Text.of("code.shape.PROGRAM"));
        assertEquals("'1.2' is not a PROGRAM code: expected X.XX.XX (urusan.bidang.program), e.g. 1.02.02", text.english());
        assertEquals("'1.2' bukan kode PROGRAM: seharusnya X.XX.XX (urusan.bidang.program), mis. 1.02.02",
                Messages.text(text, Messages.INDONESIAN));
        // values are shown as given: 20000 is not regrouped to 20,000 or 20.000
        assertEquals("at most 20000 characters", Text.of("tree.text-too-long", 20000).english());
        assertEquals("node key 'K1' is already used at /nodes/0", Text.of("tree.node-key-duplicate", "K1", "/nodes/0").english());
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
