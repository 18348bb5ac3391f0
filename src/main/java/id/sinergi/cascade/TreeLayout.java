package id.sinergi.cascade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the boxes of a pohon kinerja: one row per level, each parent centred over its children, leaves side
 * by side in document order (a tidy tree, as planners draw it). A big tree stays readable by collapsing, and
 * says where it did: a parent shows at most {@link #MAX_CHILDREN} children, the rest become one "+n more"
 * box; and when the tree would need more than {@link #MAX_BOXES} boxes or {@link #MAX_COLUMNS} side by side,
 * the deepest levels are folded into a "+n below" box under each of their parents, from the bottom up, until
 * it fits. The subtree of any node can be drawn on its own. Plain Java: no drawing.
 */
public final class TreeLayout {

    /** Most children drawn under one parent; the others are counted in a "+n more" box. */
    public static final int MAX_CHILDREN = 12;
    /** Most boxes in one picture. */
    public static final int MAX_BOXES = 400;
    /** Most boxes side by side in one picture (a screen or two wide). */
    public static final int MAX_COLUMNS = 40;

    /** A node as the layout needs it: its key, its parent's key (null for a root) and its level. */
    public record Node(String key, String parent, Level level) {
    }

    /**
     * A box placed at column {@code column} (fractional for parents) and row {@code row}: a node, or a
     * collapsed group of {@code hidden} nodes under {@code key}'s parent.
     */
    public record Box(String key, String parent, int row, double column, boolean collapsed, int hidden) {
    }

    /** The boxes in drawing order, and the columns and rows they take. */
    public record Placement(List<Box> boxes, int columns, int rows, int depthShown, int hiddenNodes) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<String> roots = new ArrayList<>();

    /** The nodes in document order; a node whose parent is not among them is a root. */
    public TreeLayout(List<Node> in) {
        in.forEach(node -> nodes.put(node.key(), node));
        for (Node node : in) {
            if (node.parent() != null && nodes.containsKey(node.parent())) {
                children.computeIfAbsent(node.parent(), k -> new ArrayList<>()).add(node.key());
            } else {
                roots.add(node.key());
            }
        }
    }

    /**
     * Places the tree drawn at most {@code depth} rows deep, or fewer when that would pass {@link #MAX_BOXES}
     * boxes or {@link #MAX_COLUMNS} columns.
     */
    public Placement place(int depth) {
        Placement placement = placeAt(Math.max(1, depth));
        while (placement.depthShown() > 1
                && (placement.boxes().size() > MAX_BOXES || placement.columns() > MAX_COLUMNS)) {
            placement = placeAt(placement.depthShown() - 1);
        }
        return placement;
    }

    private Placement placeAt(int depth) {
        List<Box> boxes = new ArrayList<>();
        double[] nextColumn = {0};
        int[] rows = {0};
        for (String root : roots) {
            place(root, null, 0, depth, boxes, nextColumn, rows);
        }
        int hidden = boxes.stream().mapToInt(Box::hidden).sum();
        return new Placement(boxes, (int) Math.ceil(nextColumn[0]), rows[0], depth, hidden);
    }

    /** Places {@code key} and what is drawn below it; returns its column. */
    private double place(String key, String parent, int row, int depth, List<Box> boxes, double[] nextColumn, int[] rows) {
        rows[0] = Math.max(rows[0], row + 1);
        List<String> below = children.getOrDefault(key, List.of());
        int at = boxes.size();
        boxes.add(null);
        double column;
        if (below.isEmpty()) {
            column = nextColumn[0]++;
        } else if (row + 1 == depth) {
            rows[0] = Math.max(rows[0], row + 2);
            column = nextColumn[0]++;
            boxes.add(new Box(key + "/below", key, row + 1, column, true, descendants(key)));
        } else {
            boolean cut = below.size() > MAX_CHILDREN;
            List<String> drawn = cut ? below.subList(0, MAX_CHILDREN - 1) : below;
            double first = Double.NaN;
            double last = 0;
            for (String child : drawn) {
                last = place(child, key, row + 1, depth, boxes, nextColumn, rows);
                first = Double.isNaN(first) ? last : first;
            }
            if (cut) {
                int hidden = 0;
                for (String child : below.subList(MAX_CHILDREN - 1, below.size())) {
                    hidden += 1 + descendants(child);
                }
                last = nextColumn[0]++;
                boxes.add(new Box(key + "/more", key, row + 1, last, true, hidden));
            }
            column = (first + last) / 2;
        }
        boxes.set(at, new Box(key, parent, row, column, false, 0));
        return column;
    }

    private int descendants(String key) {
        int count = 0;
        List<String> pending = new ArrayList<>(children.getOrDefault(key, List.of()));
        while (!pending.isEmpty()) {
            count++;
            pending.addAll(children.getOrDefault(pending.remove(pending.size() - 1), List.of()));
        }
        return count;
    }

    public Node node(String key) {
        return nodes.get(key);
    }
}
