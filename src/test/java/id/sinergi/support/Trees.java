package id.sinergi.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cascade-tree documents for tests, built as plain maps so that each test shows exactly what it sends. */
public final class Trees {

    private Trees() {
    }

    /** The README's example tree, with its agency code replaced by the given one. */
    public static String example(String agency) {
        try {
            return Files.readString(Path.of("examples/lapor-kemenpanrb.json")).replace("\"KEMENPANRB\"", "\"" + agency + "\"");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> node(String key, String parent, String level, String owner, Object... indicators) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("key", key);
        if (parent != null) {
            node.put("parent", parent);
        }
        node.put("level", level);
        node.put("statement", "Pernyataan " + key);
        node.put("owner", Map.of("agency", owner, "position", "Kepala " + key));
        node.put("indicators", List.of(indicators));
        return node;
    }

    public static Map<String, Object> indicator(String key, String code, String unit, String polarity, int firstYear, int years) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("key", key);
        if (code != null) {
            indicator.put("code", code);
        }
        indicator.put("name", "Indikator " + key);
        indicator.put("unit", unit);
        indicator.put("polarity", polarity);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (int year = firstYear; year < firstYear + years; year++) {
            targets.add("RANGE".equals(polarity) ? Map.of("year", year, "min", 10, "max", 20) : Map.of("year", year, "value", 100));
        }
        indicator.put("targets", targets);
        return indicator;
    }

    /** A copy of the node with other fields set (statement, inputs, supports, ...). */
    public static Map<String, Object> with(Map<String, Object> node, Object... fieldsAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(node);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            copy.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return copy;
    }

    /** An indicator with one target in the given year: a value, or a band for RANGE (min, max). */
    public static Map<String, Object> measured(String key, String code, String polarity, double weight, int year,
                                               Number... target) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("key", key);
        if (code != null) {
            indicator.put("code", code);
            indicator.put("combine", "SUM");
        }
        indicator.put("name", "Indikator " + key);
        indicator.put("unit", "orang");
        indicator.put("polarity", polarity);
        indicator.put("weight", weight);
        indicator.put("targets", List.of(target.length == 1 ? Map.of("year", year, "value", target[0])
                : Map.of("year", year, "min", target[0], "max", target[1])));
        return indicator;
    }

    /** A valid four-level chain GOAL G1 -> TARGET S1 -> PROGRAM P1 -> ACTIVITY K1, one indicator each. */
    public static Map<String, Object> chain(String owner, int firstYear) {
        return Map.of("nodes", List.of(
                node("G1", null, "GOAL", owner, indicator("I-G1", null, "persen", "HIGHER_IS_BETTER", firstYear, 5)),
                node("S1", "G1", "TARGET", owner, indicator("I-S1", null, "persen", "HIGHER_IS_BETTER", firstYear, 5)),
                node("P1", "S1", "PROGRAM", owner, indicator("I-P1", null, "hari", "LOWER_IS_BETTER", firstYear, 5)),
                node("K1", "P1", "ACTIVITY", owner, indicator("I-K1", null, "persen", "RANGE", firstYear, 5))));
    }
}
