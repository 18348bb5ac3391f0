package id.sinergi.cascade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.sinergi.problem.Messages;
import id.sinergi.xlsx.Spreadsheet;

/**
 * A cascade tree as a workbook, the layout planners fill in (the template) and read back: a sheet of nodes
 * (one row each, in tree order, naming its parent), one of indicators (naming their node), one of yearly and
 * quarterly targets (naming their indicator), and optional sheets for qualitative scales, budget and the
 * other inputs. Columns are the JSON property names (owner.agency is ownerAgency), headed in English or in
 * Bahasa Indonesia; the Guide sheet says what each column takes.
 */
public final class TreeWorkbook implements Spreadsheet {

    /** What a column holds, which decides how a cell is read. */
    enum Kind { TEXT, WHOLE_NUMBER, NUMBER, YES_NO, CHOICE, TEXT_LIST }

    record Column(String name, Kind kind, List<String> choices) {
        static Column of(String name, Kind kind) {
            return new Column(name, kind, List.of());
        }

        static Column choice(String name, Enum<?>[] values) {
            return new Column(name, Kind.CHOICE, Arrays.stream(values).map(Enum::name).toList());
        }
    }

    /** A sheet: its name and columns; the first column names the row's node or indicator, or the node itself. */
    record Layout(String name, List<Column> columns) {
        int index(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(column);
        }

        List<String> header() {
            return columns.stream().map(Column::name).toList();
        }

        Map<Integer, List<String>> choices() {
            Map<Integer, List<String>> choices = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).kind() == Kind.CHOICE) {
                    choices.put(i, columns.get(i).choices());
                }
            }
            return choices;
        }
    }

    static final Layout NODES = new Layout("Nodes", List.of(Column.of("key", Kind.TEXT), Column.of("parent", Kind.TEXT),
            Column.choice("level", Level.values()), Column.of("statement", Kind.TEXT), Column.of("ownerAgency", Kind.TEXT),
            Column.of("ownerPosition", Kind.TEXT), Column.of("supportsAgency", Kind.TEXT),
            Column.of("supportsPeriod", Kind.TEXT), Column.of("supportsKey", Kind.TEXT), Column.of("code", Kind.TEXT),
            Column.of("tags", Kind.TEXT_LIST)));
    static final Layout INDICATORS = new Layout("Indicators", List.of(Column.of("node", Kind.TEXT),
            Column.of("key", Kind.TEXT), Column.of("code", Kind.TEXT), Column.of("name", Kind.TEXT),
            Column.of("unit", Kind.TEXT), Column.of("iku", Kind.YES_NO), Column.choice("polarity", Polarity.values()),
            Column.of("weight", Kind.NUMBER), Column.of("baselineYear", Kind.WHOLE_NUMBER),
            Column.of("baselineValue", Kind.NUMBER), Column.choice("combine", CombineRule.values()),
            Column.choice("reporting", Reporting.values()), Column.choice("accumulation", Accumulation.values()),
            Column.of("definition", Kind.TEXT), Column.of("formula", Kind.TEXT), Column.of("dataSource", Kind.TEXT)));
    static final Layout TARGETS = new Layout("Targets", List.of(Column.of("indicator", Kind.TEXT),
            Column.of("year", Kind.WHOLE_NUMBER), Column.of("quarter", Kind.WHOLE_NUMBER), Column.of("value", Kind.NUMBER),
            Column.of("min", Kind.NUMBER), Column.of("max", Kind.NUMBER), Column.of("label", Kind.TEXT)));
    static final Layout SCALES = new Layout("Scales", List.of(Column.of("indicator", Kind.TEXT),
            Column.of("label", Kind.TEXT), Column.of("score", Kind.NUMBER)));
    static final Layout BUDGET = new Layout("Budget", List.of(Column.of("node", Kind.TEXT),
            Column.of("year", Kind.WHOLE_NUMBER), Column.of("amount", Kind.NUMBER)));
    static final Layout INPUTS = new Layout("Inputs", List.of(Column.of("node", Kind.TEXT),
            Column.of("staff", Kind.NUMBER), Column.of("facilities", Kind.TEXT)));
    static final List<Layout> LAYOUTS = List.of(NODES, INDICATORS, TARGETS, SCALES, BUDGET, INPUTS);
    static final String GUIDE = "Guide";
    /** Tags share one cell, separated by commas. */
    static final String TAG_SEPARATOR = ", ";

    private final List<Sheet> sheets;

    private TreeWorkbook(List<Sheet> sheets) {
        this.sheets = sheets;
    }

    @Override
    public List<Sheet> sheets() {
        return sheets;
    }

    /** The tree's nodes, in tree order, as the workbook's sheets, with the guide (in a language) last. */
    static TreeWorkbook of(List<TreeSubmission.Node> nodes, Locale locale) {
        Map<Layout, List<List<Object>>> rows = new HashMap<>();
        LAYOUTS.forEach(layout -> rows.put(layout, new ArrayList<>()));
        for (TreeSubmission.Node node : nodes) {
            TreeSubmission.Owner owner = node.owner();
            TreeSubmission.SupportsReference supports = node.supports();
            rows.get(NODES).add(Arrays.asList(node.key(), node.parent(), node.level(), node.statement(),
                    owner == null ? null : owner.agency(), owner == null ? null : owner.position(),
                    supports == null ? null : supports.agency(), supports == null ? null : supports.period(),
                    supports == null ? null : supports.key(), node.code(),
                    node.tags() == null || node.tags().isEmpty() ? null : String.join(TAG_SEPARATOR, node.tags())));
            for (TreeSubmission.Indicator indicator : node.indicators() == null ? List.<TreeSubmission.Indicator>of()
                    : node.indicators()) {
                addIndicator(rows, node.key(), indicator);
            }
            TreeSubmission.Inputs inputs = node.inputs();
            if (inputs != null) {
                if (inputs.budget() != null) {
                    inputs.budget().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(year ->
                            rows.get(BUDGET).add(Arrays.asList(node.key(), year.getKey(), year.getValue())));
                }
                if (inputs.staff() != null || inputs.facilities() != null) {
                    rows.get(INPUTS).add(Arrays.asList(node.key(), inputs.staff(), inputs.facilities()));
                }
            }
        }
        List<Sheet> sheets = new ArrayList<>(LAYOUTS.stream()
                .map(layout -> new Sheet(layout.name(), layout.header(), rows.get(layout), layout.choices())).toList());
        sheets.add(guide(locale));
        return new TreeWorkbook(sheets);
    }

    private static void addIndicator(Map<Layout, List<List<Object>>> rows, String node, TreeSubmission.Indicator indicator) {
        TreeSubmission.Baseline baseline = indicator.baseline();
        rows.get(INDICATORS).add(Arrays.asList(node, indicator.key(), indicator.code(), indicator.name(), indicator.unit(),
                indicator.iku(), indicator.polarity(), indicator.weight(), baseline == null ? null : baseline.year(),
                baseline == null ? null : baseline.value(), indicator.combine(), indicator.reporting(),
                indicator.accumulation(), indicator.definition(), indicator.formula(), indicator.dataSource()));
        for (TreeSubmission.Target target : indicator.targets() == null ? List.<TreeSubmission.Target>of()
                : indicator.targets()) {
            rows.get(TARGETS).add(Arrays.asList(indicator.key(), target.year(), null, target.value(), target.min(),
                    target.max(), target.label()));
            for (TreeSubmission.QuarterTarget quarter : target.quarters() == null ? List.<TreeSubmission.QuarterTarget>of()
                    : target.quarters()) {
                rows.get(TARGETS).add(Arrays.asList(indicator.key(), target.year(), quarter.quarter(), quarter.value(),
                        quarter.min(), quarter.max(), quarter.label()));
            }
        }
        for (TreeSubmission.ScaleLevel level : indicator.scale() == null ? List.<TreeSubmission.ScaleLevel>of()
                : indicator.scale()) {
            rows.get(SCALES).add(Arrays.asList(indicator.key(), level.label(), level.score()));
        }
    }

    /** What each column of each sheet takes, a row per column, in a language (messages/workbook*.properties). */
    private static Sheet guide(Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Layout layout : LAYOUTS) {
            for (Column column : layout.columns()) {
                rows.add(Arrays.asList(Messages.column(layout.name(), locale), Messages.column(column.name(), locale),
                        column.kind() == Kind.CHOICE ? String.join(", ", column.choices()) : null,
                        Messages.text("workbook", layout.name() + "." + column.name(), locale)));
            }
        }
        return new Sheet(GUIDE, List.of("sheet", "column", "allowed", "meaning"), rows);
    }
}
