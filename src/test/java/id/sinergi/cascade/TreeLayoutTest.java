package id.sinergi.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The tidy tree: rows by level, parents over their children, collapsing where a picture would grow too big. */
class TreeLayoutTest {

    private static Map<String, TreeLayout.Box> placed(TreeLayout.Placement placement) {
        return placement.boxes().stream().collect(Collectors.toMap(TreeLayout.Box::key, box -> box));
    }

    @Test
    void leavesSideBySideAndEachParentCentredOverItsChildren() {
        TreeLayout layout = new TreeLayout(List.of(new TreeLayout.Node("T", null, Level.GOAL),
                new TreeLayout.Node("S1", "T", Level.TARGET), new TreeLayout.Node("S2", "T", Level.TARGET),
                new TreeLayout.Node("P1", "S1", Level.PROGRAM), new TreeLayout.Node("P2", "S1", Level.PROGRAM),
                new TreeLayout.Node("P3", "S2", Level.PROGRAM)));
        TreeLayout.Placement placement = layout.place(5);
        Map<String, TreeLayout.Box> boxes = placed(placement);
        assertEquals(List.of(0.0, 1.0, 2.0), List.of(boxes.get("P1").column(), boxes.get("P2").column(),
                boxes.get("P3").column()));
        assertEquals(0.5, boxes.get("S1").column());
        assertEquals(2.0, boxes.get("S2").column());
        assertEquals(1.25, boxes.get("T").column());
        assertEquals(List.of(0, 1, 2), List.of(boxes.get("T").row(), boxes.get("S1").row(), boxes.get("P1").row()));
        assertEquals(3, placement.columns());
        assertEquals(3, placement.rows());
        assertEquals(0, placement.hiddenNodes());
    }

    @Test
    void aParentShowsTwelveChildrenAtMostAndCountsTheRest() {
        List<TreeLayout.Node> nodes = new ArrayList<>();
        nodes.add(new TreeLayout.Node("P", null, Level.PROGRAM));
        for (int i = 0; i < 20; i++) {
            nodes.add(new TreeLayout.Node("K" + i, "P", Level.ACTIVITY));
            nodes.add(new TreeLayout.Node("SK" + i, "K" + i, Level.SUB_ACTIVITY));
        }
        TreeLayout.Placement placement = new TreeLayout(nodes).place(5);
        Map<String, TreeLayout.Box> boxes = placed(placement);
        assertTrue(boxes.containsKey("K10"));
        assertTrue(!boxes.containsKey("K11"));
        // the 9 activities not drawn, each with its sub-activity
        assertEquals(18, boxes.get("P/more").hidden());
        assertEquals(TreeLayout.MAX_CHILDREN, placement.columns());
    }

    @Test
    void tooWideATreeFoldsItsDeepestLevels() {
        List<TreeLayout.Node> nodes = new ArrayList<>();
        nodes.add(new TreeLayout.Node("G", null, Level.GOAL));
        for (int p = 0; p < 10; p++) {
            nodes.add(new TreeLayout.Node("S" + p, "G", Level.TARGET));
            for (int k = 0; k < 8; k++) {
                nodes.add(new TreeLayout.Node("P" + p + "-" + k, "S" + p, Level.PROGRAM));
            }
        }
        TreeLayout.Placement placement = new TreeLayout(nodes).place(5);
        assertEquals(2, placement.depthShown());
        assertEquals(10, placement.columns());
        assertEquals(80, placement.hiddenNodes());
        assertEquals(8, placed(placement).get("S3/below").hidden());
    }
}
