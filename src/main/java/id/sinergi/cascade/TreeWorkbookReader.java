package id.sinergi.cascade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.sinergi.cascade.TreeWorkbook.Column;
import id.sinergi.cascade.TreeWorkbook.Layout;
import id.sinergi.problem.Messages;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.Text;
import id.sinergi.problem.Violation;
import id.sinergi.problem.ViolationList;
import id.sinergi.xlsx.XlsxReader;

/**
 * Reads a cascade tree from the sheets of a workbook in {@link TreeWorkbook}'s layout, headed in English or
 * in Bahasa Indonesia, into the same submission a JSON body makes (flat, nodes in row order), and remembers
 * where each node, indicator and target came from, so that every violation of the tree's rules can name its
 * sheet, row and column. Cells that cannot be read as their column's kind (a word where a year goes, an
 * unknown level, a row naming a node no row defines) are violations of their own, found before the rules.
 */
final class TreeWorkbookReader {

    /** The tree as read, and where its parts came from. */
    record Read(TreeSubmission tree, Locator locator) {
    }

    private TreeWorkbookReader() {
    }

    /** Whether a sheet of this name is one the tree is read from (the guide and any other sheet are not). */
    static boolean wanted(String sheetName) {
        return layoutOf(sheetName) != null;
    }

    private static Layout layoutOf(String sheetName) {
        String name = normal(sheetName);
        return TreeWorkbook.LAYOUTS.stream().filter(layout -> normal(layout.name()).equals(name)
                || normal(Messages.column(layout.name(), Messages.INDONESIAN)).equals(name)).findFirst().orElse(null);
    }

    /** Headers match whatever their case and their spaces, underscores or hyphens. */
    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    /** The tree in the sheets, or a 422 naming every cell that cannot be read. */
    static Read read(List<XlsxReader.Sheet> sheets) {
        ViolationList found = new ViolationList();
        Map<Layout, Table> tables = new HashMap<>();
        for (XlsxReader.Sheet sheet : sheets) {
            Layout layout = layoutOf(sheet.name());
            if (!tables.containsKey(layout)) {
                tables.put(layout, Table.of(layout, sheet, tables.size(), found));
            }
        }
        if (!tables.containsKey(TreeWorkbook.NODES)) {
            found.add(0, Violation.inCell(TreeWorkbook.NODES.name(), null, null, "SHEET_MISSING",
                    Text.of("workbook.sheet-missing", TreeWorkbook.NODES.name(),
                            Messages.column(TreeWorkbook.NODES.name(), Messages.INDONESIAN))));
            throw rejected(found);
        }
        Read read = new Assembly(tables).tree();
        if (!found.isEmpty()) {
            throw rejected(found);
        }
        return read;
    }

    private static ProblemException rejected(ViolationList found) {
        return ProblemException.invalid(found.omitted() > 0
                ? Text.of("workbook.rejected-listing-first", found.total(), ViolationList.MAX_LISTED)
                : Text.of("workbook.rejected", found.total()), found);
    }

    /** A sheet as read: its layout, its name in the file, where each known column is, and its rows below the header. */
    private record Table(Layout layout, String name, int order, Map<String, Integer> columns, List<XlsxReader.Row> rows,
                         ViolationList found) {

        static Table of(Layout layout, XlsxReader.Sheet sheet, int order, ViolationList found) {
            Map<String, Integer> columns = new HashMap<>();
            List<XlsxReader.Row> rows = sheet.rows();
            if (!rows.isEmpty()) {
                XlsxReader.Row header = rows.get(0);
                for (XlsxReader.Cell cell : header.cells()) {
                    Column column = columnOf(layout, cell.value());
                    if (column == null) {
                        found.add(element(order, header.number()), Violation.inCell(sheet.name(), header.number(),
                                XlsxReader.letters(cell.column()), "COLUMN_UNKNOWN", Text.of("workbook.column-unknown",
                                        Violation.quote(cell.value()), String.join(", ", layout.header()))));
                    } else if (columns.putIfAbsent(column.name(), cell.column()) != null) {
                        found.add(element(order, header.number()), Violation.inCell(sheet.name(), header.number(),
                                XlsxReader.letters(cell.column()), "COLUMN_DUPLICATE",
                                Text.of("workbook.column-duplicate", Violation.quote(cell.value()))));
                    }
                }
                rows = rows.subList(1, rows.size());
            }
            return new Table(layout, sheet.name(), order, columns, rows, found);
        }

        private static Column columnOf(Layout layout, String header) {
            String name = normal(header);
            return layout.columns().stream().filter(column -> normal(column.name()).equals(name)
                    || normal(Messages.column(column.name(), Messages.INDONESIAN)).equals(name)).findFirst().orElse(null);
        }

        /** Orders violations by sheet, then row. */
        private static int element(int order, int row) {
            return order * (1 << 21) + row;
        }

        String letter(String column) {
            Integer index = columns.get(column);
            return index == null ? null : XlsxReader.letters(index);
        }

        void violation(XlsxReader.Row row, String column, String rule, Text text) {
            found.add(element(order, row.number()), Violation.inCell(name, row.number(), letter(column), rule, text));
        }

        private XlsxReader.Cell cell(XlsxReader.Row row, String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            for (XlsxReader.Cell cell : row.cells()) {
                if (cell.column() == index) {
                    return cell.kind() == XlsxReader.Kind.TEXT && cell.value().isBlank() ? null : cell;
                }
            }
            return null;
        }

        /** The cell as its column's kind, or null (blank, or not of that kind: then a violation is recorded). */
        Object value(XlsxReader.Row row, String columnName) {
            XlsxReader.Cell cell = cell(row, columnName);
            if (cell == null) {
                return null;
            }
            Column column = layout.columns().get(layout.index(columnName));
            if (cell.kind() == XlsxReader.Kind.ERROR) {
                violation(row, columnName, "WRONG_TYPE", Text.of("workbook.error-cell", cell.value()));
                return null;
            }
            Object value = switch (column.kind()) {
                case TEXT -> text(cell);
                case TEXT_LIST -> Arrays.stream(text(cell).split(",")).map(String::strip).filter(tag -> !tag.isEmpty())
                        .toList();
                case NUMBER -> number(cell);
                case WHOLE_NUMBER -> wholeNumber(cell);
                case YES_NO -> yesNo(cell);
                case CHOICE -> column.choices().stream().filter(choice -> choice.equalsIgnoreCase(text(cell).strip()))
                        .findFirst().orElse(null);
            };
            if (value == null) {
                violation(row, columnName, column.kind() == TreeWorkbook.Kind.CHOICE ? "INVALID_VALUE" : "WRONG_TYPE",
                        column.kind() == TreeWorkbook.Kind.CHOICE
                                ? Text.of("workbook.not-a-choice", Violation.quote(cell.value()),
                                String.join(", ", column.choices()))
                                : Text.of("json.wrong-type", Text.of("workbook.type." + column.kind().name()
                                .toLowerCase(Locale.ROOT).replace('_', '-'))));
            }
            return value;
        }

        String text(XlsxReader.Row row, String column) {
            return (String) value(row, column);
        }

        BigDecimal number(XlsxReader.Row row, String column) {
            return (BigDecimal) value(row, column);
        }

        Integer wholeNumber(XlsxReader.Row row, String column) {
            return (Integer) value(row, column);
        }

        <E extends Enum<E>> E choice(XlsxReader.Row row, String column, Class<E> type) {
            String name = text(row, column);
            return name == null ? null : Enum.valueOf(type, name);
        }

        private static String text(XlsxReader.Cell cell) {
            if (cell.kind() == XlsxReader.Kind.NUMBER) {
                BigDecimal number = decimal(cell.value());
                return number == null ? cell.value() : number.toPlainString();
            }
            if (cell.kind() == XlsxReader.Kind.BOOLEAN) {
                return "1".equals(cell.value()) ? "TRUE" : "FALSE";
            }
            return cell.value();
        }

        private static BigDecimal number(XlsxReader.Cell cell) {
            return switch (cell.kind()) {
                case NUMBER -> decimal(cell.value());
                // typed as text: 62.5, or 62,5 as Indonesian spreadsheets write it
                case TEXT -> decimal(cell.value().strip().indexOf('.') < 0 ? cell.value().strip().replace(',', '.')
                        : cell.value().strip());
                default -> null;
            };
        }

        private static BigDecimal decimal(String text) {
            if (text.length() > 40) {
                return null;
            }
            try {
                // a spreadsheet stores 80 as 80.0: the value, not its written scale, is what was meant
                BigDecimal number = new BigDecimal(text).stripTrailingZeros();
                return number.scale() < 0 ? number.setScale(0) : number;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static Integer wholeNumber(XlsxReader.Cell cell) {
            BigDecimal number = number(cell);
            try {
                return number == null ? null : number.intValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }

        private static Boolean yesNo(XlsxReader.Cell cell) {
            String value = text(cell).strip().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "true", "1", "yes", "ya", "y" -> Boolean.TRUE;
                case "false", "0", "no", "tidak", "t", "n" -> Boolean.FALSE;
                default -> null;
            };
        }
    }

    /** Builds the submission from the tables, row by row, and the locator beside it. */
    private static final class Assembly {
        private final Map<Layout, Table> tables;
        private final Locator locator;

        Assembly(Map<Layout, Table> tables) {
            this.tables = tables;
            this.locator = new Locator(tables);
        }

        Read tree() {
            Table nodes = tables.get(TreeWorkbook.NODES);
            Map<String, Integer> nodeIndex = new HashMap<>();
            for (XlsxReader.Row row : nodes.rows()) {
                String key = nodes.text(row, "key");
                if (key != null) {
                    nodeIndex.putIfAbsent(key, locator.nodes.size());
                }
                locator.nodes.add(new Locator.NodePlace(row.number()));
            }
            Map<Integer, List<TreeSubmission.Indicator>> indicators = indicators(nodeIndex);
            Map<Integer, Map<Integer, BigDecimal>> budgets = budgets(nodeIndex);
            Map<Integer, TreeSubmission.Inputs> inputs = inputs(nodeIndex);
            List<TreeSubmission.Node> built = new ArrayList<>();
            for (int i = 0; i < nodes.rows().size(); i++) {
                XlsxReader.Row row = nodes.rows().get(i);
                String ownerAgency = nodes.text(row, "ownerAgency");
                String ownerPosition = nodes.text(row, "ownerPosition");
                String supportsAgency = nodes.text(row, "supportsAgency");
                String supportsPeriod = nodes.text(row, "supportsPeriod");
                String supportsKey = nodes.text(row, "supportsKey");
                Map<Integer, BigDecimal> budget = budgets.get(i);
                TreeSubmission.Inputs staffAndFacilities = inputs.get(i);
                @SuppressWarnings("unchecked")
                List<String> tags = (List<String>) nodes.value(row, "tags");
                built.add(new TreeSubmission.Node(nodes.text(row, "key"), nodes.text(row, "parent"),
                        nodes.choice(row, "level", Level.class), nodes.text(row, "statement"),
                        ownerAgency == null && ownerPosition == null ? null
                                : new TreeSubmission.Owner(ownerAgency, ownerPosition),
                        supportsAgency == null && supportsPeriod == null && supportsKey == null ? null
                                : new TreeSubmission.SupportsReference(supportsAgency, supportsPeriod, supportsKey),
                        budget == null && staffAndFacilities == null ? null : new TreeSubmission.Inputs(budget,
                                staffAndFacilities == null ? null : staffAndFacilities.staff(),
                                staffAndFacilities == null ? null : staffAndFacilities.facilities()),
                        tags == null || tags.isEmpty() ? null : tags,
                        indicators.get(i), null, nodes.text(row, "code")));
            }
            return new Read(new TreeSubmission(built), locator);
        }

        /** The node a row names in its first column, or null (and a violation) when no row of the nodes sheet has it. */
        private Integer node(Table table, XlsxReader.Row row, Map<String, Integer> nodeIndex) {
            String key = table.text(row, "node");
            if (key == null) {
                table.violation(row, "node", "REQUIRED", Text.of("workbook.reference-required",
                        tables.get(TreeWorkbook.NODES).name()));
                return null;
            }
            Integer index = nodeIndex.get(key);
            if (index == null) {
                table.violation(row, "node", "NODE_NOT_FOUND", Text.of("workbook.reference-unknown", Violation.quote(key),
                        tables.get(TreeWorkbook.NODES).name()));
            }
            return index;
        }

        private Map<Integer, List<TreeSubmission.Indicator>> indicators(Map<String, Integer> nodeIndex) {
            Table table = tables.get(TreeWorkbook.INDICATORS);
            if (table == null) {
                return Map.of();
            }
            Map<String, List<TargetRow>> targets = targets();
            Map<String, List<TreeSubmission.ScaleLevel>> scales = scales();
            Map<String, Locator.IndicatorPlace> placed = new HashMap<>();
            Map<Integer, List<TreeSubmission.Indicator>> byNode = new HashMap<>();
            for (XlsxReader.Row row : table.rows()) {
                Integer node = node(table, row, nodeIndex);
                String key = table.text(row, "key");
                Integer baselineYear = table.wholeNumber(row, "baselineYear");
                BigDecimal baselineValue = table.number(row, "baselineValue");
                Locator.IndicatorPlace place = new Locator.IndicatorPlace(row.number());
                if (key != null) {
                    placed.putIfAbsent(key, place);
                }
                boolean first = key != null && placed.get(key) == place;
                TreeSubmission.Indicator indicator = new TreeSubmission.Indicator(key, table.text(row, "code"),
                        table.text(row, "name"), table.text(row, "unit"), (Boolean) table.value(row, "iku"),
                        table.choice(row, "polarity", Polarity.class), table.number(row, "weight"),
                        baselineYear == null && baselineValue == null ? null
                                : new TreeSubmission.Baseline(baselineYear, baselineValue),
                        first ? targetsOf(key, targets, place) : null, table.text(row, "definition"),
                        table.text(row, "formula"), table.text(row, "dataSource"),
                        table.choice(row, "combine", CombineRule.class), table.choice(row, "reporting", Reporting.class),
                        table.choice(row, "accumulation", Accumulation.class), first ? scales.get(key) : null);
                if (first) {
                    place.scaleRows.addAll(locator.scaleRows.getOrDefault(key, List.of()));
                }
                if (node != null) {
                    byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(indicator);
                    locator.nodes.get(node).indicators.add(place);
                }
            }
            unknownIndicators(TreeWorkbook.TARGETS, placed);
            unknownIndicators(TreeWorkbook.SCALES, placed);
            return byNode;
        }

        /** Rows of the targets and scales sheets that name an indicator no row of the indicators sheet defines. */
        private void unknownIndicators(Layout layout, Map<String, Locator.IndicatorPlace> placed) {
            Table table = tables.get(layout);
            if (table == null) {
                return;
            }
            for (XlsxReader.Row row : table.rows()) {
                String key = table.text(row, "indicator");
                if (key == null) {
                    table.violation(row, "indicator", "REQUIRED", Text.of("workbook.reference-required",
                            tables.get(TreeWorkbook.INDICATORS).name()));
                } else if (!placed.containsKey(key)) {
                    table.violation(row, "indicator", "INDICATOR_NOT_FOUND", Text.of("workbook.reference-unknown",
                            Violation.quote(key), tables.get(TreeWorkbook.INDICATORS).name()));
                }
            }
        }

        /** A row of the targets sheet: a year's target, or with a quarter that quarter's target to date. */
        private record TargetRow(Integer year, Integer quarter, BigDecimal value, BigDecimal min, BigDecimal max,
                                 String label, int row) {
        }

        /** Target rows by indicator key, in row order. */
        private Map<String, List<TargetRow>> targets() {
            Table table = tables.get(TreeWorkbook.TARGETS);
            Map<String, List<TargetRow>> targets = new HashMap<>();
            if (table != null) {
                for (XlsxReader.Row row : table.rows()) {
                    String indicator = table.text(row, "indicator");
                    if (indicator != null) {
                        targets.computeIfAbsent(indicator, key -> new ArrayList<>()).add(new TargetRow(
                                table.wholeNumber(row, "year"), table.wholeNumber(row, "quarter"),
                                table.number(row, "value"), table.number(row, "min"), table.number(row, "max"),
                                table.text(row, "label"), row.number()));
                    }
                }
            }
            return targets;
        }

        /**
         * An indicator's targets: a row without a quarter is a year's target, a row with one a target to date in
         * that year, made part of the year's first target (a year with only quarter rows gets a target of its own,
         * without a value, which the rules then refuse).
         */
        private static List<TreeSubmission.Target> targetsOf(String indicator, Map<String, List<TargetRow>> rows,
                                                            Locator.IndicatorPlace place) {
            List<TargetRow> own = rows.get(indicator);
            if (own == null) {
                return null;
            }
            Map<Integer, Integer> firstOfYear = new HashMap<>();
            List<TargetRow> years = new ArrayList<>();
            List<List<TreeSubmission.QuarterTarget>> quarters = new ArrayList<>();
            for (TargetRow row : own) {
                if (row.quarter() == null) {
                    firstOfYear.putIfAbsent(row.year(), years.size());
                    years.add(row);
                    quarters.add(new ArrayList<>());
                    place.targets.add(new Locator.TargetPlace(row.row()));
                }
            }
            for (TargetRow row : own) {
                if (row.quarter() != null) {
                    Integer target = firstOfYear.get(row.year());
                    if (target == null) {
                        target = years.size();
                        firstOfYear.put(row.year(), target);
                        years.add(new TargetRow(row.year(), null, null, null, null, null, row.row()));
                        quarters.add(new ArrayList<>());
                        place.targets.add(new Locator.TargetPlace(row.row()));
                    }
                    quarters.get(target).add(new TreeSubmission.QuarterTarget(row.quarter(), row.value(), row.min(),
                            row.max(), row.label()));
                    place.targets.get(target).quarterRows.add(row.row());
                }
            }
            List<TreeSubmission.Target> targets = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                TargetRow row = years.get(i);
                targets.add(new TreeSubmission.Target(row.year(), row.value(), row.min(), row.max(), row.label(),
                        quarters.get(i)));
            }
            return targets;
        }

        private Map<String, List<TreeSubmission.ScaleLevel>> scales() {
            Table table = tables.get(TreeWorkbook.SCALES);
            Map<String, List<TreeSubmission.ScaleLevel>> scales = new HashMap<>();
            if (table != null) {
                for (XlsxReader.Row row : table.rows()) {
                    String indicator = table.text(row, "indicator");
                    if (indicator != null) {
                        scales.computeIfAbsent(indicator, key -> new ArrayList<>()).add(new TreeSubmission.ScaleLevel(
                                table.text(row, "label"), table.number(row, "score")));
                        locator.scaleRows.computeIfAbsent(indicator, key -> new ArrayList<>()).add(row.number());
                    }
                }
            }
            return scales;
        }

        private Map<Integer, Map<Integer, BigDecimal>> budgets(Map<String, Integer> nodeIndex) {
            Table table = tables.get(TreeWorkbook.BUDGET);
            Map<Integer, Map<Integer, BigDecimal>> budgets = new HashMap<>();
            if (table == null) {
                return budgets;
            }
            for (XlsxReader.Row row : table.rows()) {
                Integer node = node(table, row, nodeIndex);
                Integer year = table.wholeNumber(row, "year");
                BigDecimal amount = table.number(row, "amount");
                if (year == null || amount == null) {
                    required(table, row, year == null ? "year" : "amount");
                } else if (node != null) {
                    Integer earlier = locator.nodes.get(node).budgetRows.putIfAbsent(year, row.number());
                    if (earlier != null) {
                        table.violation(row, "year", "ROW_DUPLICATE", Text.of("workbook.row-duplicate", earlier));
                    } else {
                        budgets.computeIfAbsent(node, n -> new LinkedHashMap<>()).put(year, amount);
                    }
                }
            }
            return budgets;
        }

        /** Staff and facilities by node (the budget comes from its own sheet). */
        private Map<Integer, TreeSubmission.Inputs> inputs(Map<String, Integer> nodeIndex) {
            Table table = tables.get(TreeWorkbook.INPUTS);
            Map<Integer, TreeSubmission.Inputs> inputs = new HashMap<>();
            if (table == null) {
                return inputs;
            }
            for (XlsxReader.Row row : table.rows()) {
                Integer node = node(table, row, nodeIndex);
                TreeSubmission.Inputs values = new TreeSubmission.Inputs(null, table.number(row, "staff"),
                        table.text(row, "facilities"));
                if (node != null) {
                    Locator.NodePlace place = locator.nodes.get(node);
                    if (place.inputsRow != null) {
                        table.violation(row, "node", "ROW_DUPLICATE", Text.of("workbook.row-duplicate", place.inputsRow));
                    } else {
                        place.inputsRow = row.number();
                        inputs.put(node, values);
                    }
                }
            }
            return inputs;
        }

        private static void required(Table table, XlsxReader.Row row, String column) {
            if (table.cell(row, column) == null) {
                table.violation(row, column, "REQUIRED", Text.of("workbook.cell-required"));
            }
        }
    }

    /**
     * Where the parts of the tree came from: turns a violation's JSON pointer into the submission
     * (/nodes/3/indicators/1/targets/0/value) into the sheet, row and column it was read from.
     */
    static final class Locator {
        private final Map<Layout, Table> tables;
        final List<NodePlace> nodes = new ArrayList<>();
        final Map<String, List<Integer>> scaleRows = new HashMap<>();

        static final class NodePlace {
            final int row;
            final List<IndicatorPlace> indicators = new ArrayList<>();
            final Map<Integer, Integer> budgetRows = new LinkedHashMap<>();
            Integer inputsRow;

            NodePlace(int row) {
                this.row = row;
            }
        }

        static final class IndicatorPlace {
            final int row;
            final List<TargetPlace> targets = new ArrayList<>();
            final List<Integer> scaleRows = new ArrayList<>();

            IndicatorPlace(int row) {
                this.row = row;
            }
        }

        static final class TargetPlace {
            final int row;
            final List<Integer> quarterRows = new ArrayList<>();

            TargetPlace(int row) {
                this.row = row;
            }
        }

        private Locator(Map<Layout, Table> tables) {
            this.tables = tables;
        }

        /** The violation placed in its cell; a part no row stands for is placed on its sheet, or the nodes sheet. */
        Violation place(Violation violation) {
            String[] steps = violation.pointer() == null ? new String[0] : violation.pointer().split("/", -1);
            Cell cell = steps.length > 2 && "nodes".equals(steps[1]) ? node(index(steps[2]), steps, 3) : null;
            return cell == null ? at(new Cell(TreeWorkbook.NODES, null, null), violation) : at(cell, violation);
        }

        private record Cell(Layout sheet, Integer row, String column) {
        }

        private Violation at(Cell cell, Violation violation) {
            Table table = tables.get(cell.sheet());
            String sheet = table == null ? cell.sheet().name() : table.name();
            return violation.inCell(sheet, cell.row(), table == null || cell.column() == null ? null
                    : table.letter(cell.column()));
        }

        private static int index(String step) {
            try {
                return Integer.parseInt(step);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private static String step(String[] steps, int at) {
            return at < steps.length ? steps[at] : "";
        }

        private Cell node(int index, String[] steps, int at) {
            if (index < 0 || index >= nodes.size()) {
                return null;
            }
            NodePlace node = nodes.get(index);
            String field = step(steps, at);
            String next = step(steps, at + 1);
            return switch (field) {
                case "owner" -> new Cell(TreeWorkbook.NODES, node.row, "position".equals(next) ? "ownerPosition" : "ownerAgency");
                case "supports" -> new Cell(TreeWorkbook.NODES, node.row, switch (next) {
                    case "period" -> "supportsPeriod";
                    case "key" -> "supportsKey";
                    default -> "supportsAgency";
                });
                case "inputs" -> inputs(node, next, step(steps, at + 2));
                case "indicators" -> {
                    int indicator = index(next);
                    yield indicator >= 0 && indicator < node.indicators.size()
                            ? indicator(node.indicators.get(indicator), steps, at + 2)
                            : new Cell(TreeWorkbook.NODES, node.row, null);
                }
                case "key", "parent", "level", "statement", "code", "tags" -> new Cell(TreeWorkbook.NODES, node.row, field);
                default -> new Cell(TreeWorkbook.NODES, node.row, null);
            };
        }

        private static Cell inputs(NodePlace node, String field, String year) {
            if ("budget".equals(field)) {
                Integer row = node.budgetRows.get(index(year));
                if (row == null && !node.budgetRows.isEmpty()) {
                    row = node.budgetRows.values().iterator().next();
                }
                return row == null ? new Cell(TreeWorkbook.BUDGET, null, null)
                        : new Cell(TreeWorkbook.BUDGET, row, node.budgetRows.containsKey(index(year)) ? "amount" : "node");
            }
            if (node.inputsRow != null) {
                return new Cell(TreeWorkbook.INPUTS, node.inputsRow,
                        "staff".equals(field) || "facilities".equals(field) ? field : "node");
            }
            return node.budgetRows.isEmpty() ? new Cell(TreeWorkbook.NODES, node.row, "level")
                    : new Cell(TreeWorkbook.BUDGET, node.budgetRows.values().iterator().next(), "node");
        }

        private static Cell indicator(IndicatorPlace indicator, String[] steps, int at) {
            String field = step(steps, at);
            String next = step(steps, at + 1);
            return switch (field) {
                case "" -> new Cell(TreeWorkbook.INDICATORS, indicator.row, null);
                case "baseline" -> new Cell(TreeWorkbook.INDICATORS, indicator.row,
                        "value".equals(next) ? "baselineValue" : "baselineYear");
                case "targets" -> {
                    int target = index(next);
                    if (target < 0 || target >= indicator.targets.size()) {
                        yield new Cell(TreeWorkbook.INDICATORS, indicator.row, null);
                    }
                    TargetPlace place = indicator.targets.get(target);
                    String targetField = step(steps, at + 2);
                    if ("quarters".equals(targetField)) {
                        int quarter = index(step(steps, at + 3));
                        yield quarter >= 0 && quarter < place.quarterRows.size()
                                ? new Cell(TreeWorkbook.TARGETS, place.quarterRows.get(quarter), column(step(steps, at + 4)))
                                : new Cell(TreeWorkbook.TARGETS, place.row, "quarter");
                    }
                    yield new Cell(TreeWorkbook.TARGETS, place.row, column(targetField));
                }
                case "scale" -> {
                    int level = index(next);
                    yield level >= 0 && level < indicator.scaleRows.size()
                            ? new Cell(TreeWorkbook.SCALES, indicator.scaleRows.get(level), column(step(steps, at + 2)))
                            : new Cell(TreeWorkbook.INDICATORS, indicator.row, "polarity");
                }
                default -> new Cell(TreeWorkbook.INDICATORS, indicator.row, field);
            };
        }

        /** The column a field of a row is in; a field a sheet has no column for (or none) names the row only. */
        private static String column(String field) {
            return field.isEmpty() ? null : field;
        }
    }
}
