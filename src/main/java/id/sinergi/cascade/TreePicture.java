package id.sinergi.cascade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.sinergi.svg.Picture;
import id.sinergi.svg.Svg;

/**
 * The pohon kinerja as a picture: a row per level, a box per node with its statement, its owner (penanggung
 * jawab) and the year's capaian coloured by its predikat band, lines from parents to children, and below the
 * tree the nodes of other agencies this one reaches: dashed lines for a node's supports reference, dotted
 * ones for an accepted cross-cutting link (with its relationship type).
 */
public record TreePicture(String title, int year, List<Box> nodes, List<Reference> references, int depth) implements Picture {

    /** A node as drawn: capaian, predikat and colour are absent when the year has no score. */
    public record Box(String key, String parent, Level level, String statement, String owner, BigDecimal capaian,
                      String predikat, String colour) {
    }

    /**
     * A node of another agency that {@code node} reaches: by SUPPORTS, by an accepted LINK of a relationship type, or
     * the other way round, SUPPORTED_BY a node of another agency's current tree.
     */
    public record Reference(String node, String kind, String agency, String otherNode, String relationship) {
    }

    private record Line(String node, int column, String style) {
    }

    static final int BOX_WIDTH = 190;
    static final int BOX_HEIGHT = 92;
    static final int COLUMN = BOX_WIDTH + 24;
    static final int ROW = BOX_HEIGHT + 56;
    static final int MARGIN = 24;
    static final int LABEL_WIDTH = 110;
    static final int LINE_LENGTH = 28;
    static final String NO_SCORE = "#d9d9d9";
    /** At most this many boxes of other agencies' nodes, the last one standing for the rest when there are more. */
    static final int MAX_EXTERNAL = TreeLayout.MAX_COLUMNS;

    private static final Map<Level, String> LEVEL_NAMES = Map.of(Level.GOAL, "Tujuan", Level.TARGET, "Sasaran",
            Level.PROGRAM, "Program", Level.ACTIVITY, "Kegiatan", Level.SUB_ACTIVITY, "Sub-kegiatan");

    private static final String STYLE = """
            .edge{fill:none;stroke:#7f7f7f;stroke-width:1.4}
            .supports{fill:none;stroke:#2166ac;stroke-width:1.6;stroke-dasharray:7 4}
            .link{fill:none;stroke:#d6604d;stroke-width:1.6;stroke-dasharray:2 3}
            .statement{font-size:11px;fill:#1a1a1a}
            .owner{font-size:10px;fill:#404040;font-weight:bold}
            .capaian{font-size:11px;fill:#1a1a1a;font-weight:bold}
            .on-dark{fill:#ffffff}
            .row{font-size:12px;fill:#595959;font-weight:bold}
            .collapsed{font-size:11px;fill:#595959;font-style:italic}
            .external{font-size:10px;fill:#1a1a1a}
            .legend{font-size:11px;fill:#404040}
            .heading{font-size:15px;fill:#1a1a1a;font-weight:bold}
            """;

    @Override
    public String svg() {
        List<TreeLayout.Node> layoutNodes = nodes.stream().map(b -> new TreeLayout.Node(b.key(), b.parent(), b.level())).toList();
        TreeLayout.Placement placement = new TreeLayout(layoutNodes).place(depth);
        Map<String, Box> byKey = new HashMap<>();
        nodes.forEach(box -> byKey.put(box.key(), box));
        Map<String, double[]> centres = new HashMap<>();
        for (TreeLayout.Box box : placement.boxes()) {
            centres.put(box.key(), new double[] {x(box.column()) + BOX_WIDTH / 2.0, y(box.row())});
        }
        List<Reference> drawn = references.stream().filter(r -> centres.containsKey(r.node())).toList();
        // A ministry may be supported by hundreds of regional nodes: past MAX_EXTERNAL, the rest share one box.
        List<String> others = drawn.stream().map(TreePicture::external).distinct().toList();
        int moreColumn = others.size() <= MAX_EXTERNAL ? others.size() : MAX_EXTERNAL - 1;
        int hidden = others.size() - moreColumn;
        Map<String, Integer> externalColumns = new LinkedHashMap<>();
        others.subList(0, moreColumn).forEach(id -> externalColumns.put(id, externalColumns.size()));
        int columns = Math.max(Math.max(placement.columns(), moreColumn + (hidden == 0 ? 0 : 1)), 3);
        int rows = placement.rows() + (externalColumns.isEmpty() ? 0 : 1);
        double width = LABEL_WIDTH + columns * COLUMN + 2 * MARGIN;
        double height = y(rows - 1) + BOX_HEIGHT + MARGIN;
        Svg svg = new Svg(width, height);
        svg.text(MARGIN, 28, title + " \u2014 capaian " + year, "heading");
        legend(svg, placement);
        Map<Integer, Level> rowLevels = new HashMap<>();
        for (TreeLayout.Box box : placement.boxes()) {
            if (!box.collapsed()) {
                rowLevels.putIfAbsent(box.row(), byKey.get(box.key()).level());
            }
            if (box.parent() != null) {
                double[] from = centres.get(box.parent());
                double[] to = centres.get(box.key());
                svg.line(from[0], from[1] + BOX_HEIGHT, to[0], to[1], "edge");
            }
        }
        rowLevels.forEach((row, level) -> svg.text(MARGIN, y(row) + BOX_HEIGHT / 2.0, LEVEL_NAMES.get(level), "row"));
        int externalRow = placement.rows();
        // lines before boxes, so that a line passing a box goes behind it
        // one line per node, box and style: several links between the same two nodes share it
        Set<Line> lines = new LinkedHashSet<>();
        for (Reference reference : drawn) {
            lines.add(new Line(reference.node(), externalColumns.getOrDefault(external(reference), moreColumn),
                    reference.kind().startsWith("SUPPORT") ? "supports" : "link"));
        }
        for (Line line : lines) {
            double[] from = centres.get(line.node());
            svg.line(from[0] + 12, from[1] + BOX_HEIGHT, x(line.column()) + BOX_WIDTH / 2.0, y(externalRow) + 10, line.style());
        }
        for (TreeLayout.Box box : placement.boxes()) {
            if (box.collapsed()) {
                collapsed(svg, box);
            } else {
                node(svg, box, byKey.get(box.key()));
            }
        }
        if (!externalColumns.isEmpty()) {
            svg.text(MARGIN, y(externalRow) + BOX_HEIGHT / 2.0, "Instansi lain", "row");
            Map<String, Reference> firstOf = new HashMap<>();
            drawn.forEach(r -> firstOf.putIfAbsent(external(r), r));
            externalColumns.forEach((id, column) -> external(svg, firstOf.get(id), x(column), y(externalRow)));
            if (hidden > 0) {
                folded(svg, "+" + hidden + " node instansi lain", x(moreColumn), y(externalRow));
            }
        }
        return svg.document(title, STYLE);
    }

    private static double x(double column) {
        return MARGIN + LABEL_WIDTH + column * COLUMN;
    }

    private static double y(int row) {
        return 70 + row * ROW;
    }

    private static void node(Svg svg, TreeLayout.Box placed, Box box) {
        double x = x(placed.column());
        double y = y(placed.row());
        String colour = box.colour() == null ? NO_SCORE : box.colour();
        svg.group(box.key() + " \u00b7 " + box.statement() + " \u00b7 " + box.owner()
                + (box.capaian() == null ? "" : " \u00b7 capaian " + box.capaian().toPlainString() + " (" + box.predikat() + ")"));
        svg.rect(x, y, BOX_WIDTH, BOX_HEIGHT, "#ffffff", colour, "node " + Svg.css(box.level().name()));
        svg.rect(x, y, BOX_WIDTH, 20, colour, colour, null);
        svg.text(x + 6, y + 14, box.key() + (box.capaian() == null ? "  \u2013 belum ada capaian"
                : "  " + box.capaian().toPlainString() + " \u00b7 " + box.predikat()), Svg.dark(colour) ? "capaian on-dark" : "capaian");
        List<String> lines = wrap(box.statement(), LINE_LENGTH, 4);
        for (int i = 0; i < lines.size(); i++) {
            svg.text(x + 6, y + 34 + i * 13, lines.get(i), "statement");
        }
        svg.text(x + 6, y + BOX_HEIGHT - 6, Svg.cut(box.owner(), LINE_LENGTH), "owner");
        svg.end();
    }

    private static void collapsed(Svg svg, TreeLayout.Box box) {
        folded(svg, box.key().endsWith("/more") ? "+" + box.hidden() + " node lain" : "+" + box.hidden() + " node di bawah",
                x(box.column()), y(box.row()));
    }

    /** A grey box standing for what the picture leaves out. */
    private static void folded(Svg svg, String text, double x, double y) {
        svg.group(text);
        svg.rect(x, y + BOX_HEIGHT / 4.0, BOX_WIDTH, BOX_HEIGHT / 2.0, "#f2f2f2", "#a6a6a6", "collapsed-box");
        svg.text(x + 10, y + BOX_HEIGHT / 2.0 + 4, text, "collapsed");
        svg.end();
    }

    private static String external(Reference reference) {
        return reference.agency() + "/" + reference.otherNode();
    }

    private static void external(Svg svg, Reference reference, double x, double y) {
        String how = switch (reference.kind()) {
            case "SUPPORTS" -> "mendukung (supports)";
            case "SUPPORTED_BY" -> "didukung oleh (supported by)";
            default -> "tautan " + reference.relationship();
        };
        svg.group(reference.agency() + " \u00b7 " + reference.otherNode() + " \u00b7 " + how);
        svg.rect(x, y + 10, BOX_WIDTH, BOX_HEIGHT - 20, "#f7fbff", reference.kind().startsWith("SUPPORT") ? "#2166ac" : "#d6604d",
                "external-box");
        svg.text(x + 6, y + 30, Svg.cut(reference.agency(), LINE_LENGTH), "owner");
        svg.text(x + 6, y + 46, Svg.cut(reference.otherNode() == null ? "(kode bersama)" : reference.otherNode(), LINE_LENGTH),
                "external");
        svg.text(x + 6, y + 62, Svg.cut(how, LINE_LENGTH), "external");
        svg.end();
    }

    private void legend(Svg svg, TreeLayout.Placement placement) {
        String note = placement.hiddenNodes() == 0 ? "" : "  \u00b7  " + placement.hiddenNodes()
                + " node dilipat (paling banyak " + TreeLayout.MAX_CHILDREN + " anak per node, " + TreeLayout.MAX_COLUMNS
                + " kolom dan " + TreeLayout.MAX_BOXES + " kotak per gambar; gambar satu node untuk rinciannya)";
        svg.text(MARGIN, 50, "Warna: predikat capaian \u00b7 garis putus: mendukung (supports) \u00b7 garis titik: "
                + "tautan lintas instansi" + note, "legend");
    }

    /** Words into at most {@code lines} lines of at most {@code length} characters, the last one cut short if needed. */
    static List<String> wrap(String text, int length, int lines) {
        List<String> wrapped = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > length) {
                wrapped.add(line.toString());
                line.setLength(0);
                if (wrapped.size() == lines) {
                    break;
                }
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (wrapped.size() < lines && line.length() > 0) {
            wrapped.add(line.toString());
        }
        boolean cut = String.join(" ", wrapped).length() < text.strip().replaceAll("\\s+", " ").length();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < wrapped.size(); i++) {
            String one = wrapped.get(i);
            shown.add(i == wrapped.size() - 1 && cut ? Svg.cut(one + "\u2026", length) : Svg.cut(one, length));
        }
        return shown;
    }
}
