package id.sinergi.cascade;

import static id.sinergi.support.SvgDocuments.count;
import static id.sinergi.support.SvgDocuments.svg;
import static id.sinergi.support.SvgDocuments.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The picture's bounds on what other agencies add to it: boxes and lines grow no further than the tree drawn. */
class TreePictureTest {

    private static final List<TreePicture.Box> TREE = List.of(
            new TreePicture.Box("G1", null, Level.GOAL, "Birokrasi bersih", "Sekretariat", null, null, null),
            new TreePicture.Box("S1", "G1", Level.TARGET, "Pelayanan prima", "Deputi", null, null, null));

    private static Document draw(List<TreePicture.Reference> references) {
        return svg(new TreePicture("KEMEN \u00b7 2025-2029", 2025, TREE, references, 5).svg()
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void hundredsOfSupportingNodesShareOneBoxPastTheLimit() {
        List<TreePicture.Reference> references = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            references.add(new TreePicture.Reference("S1", "SUPPORTED_BY", "PROV-" + i, "S" + i, null));
            references.add(new TreePicture.Reference("G1", "SUPPORTED_BY", "PROV-" + i, "T" + i, null));
        }
        Document svg = draw(references);
        List<String> titles = titles(svg);
        assertEquals(TreePicture.MAX_EXTERNAL - 1, titles.stream().filter(t -> t.endsWith("didukung oleh (supported by)")).count());
        int hidden = 600 - (TreePicture.MAX_EXTERNAL - 1);
        assertTrue(titles.contains("+" + hidden + " node instansi lain"), titles.toString());
        // each node has one line to every box it reaches, and one to the shared box
        assertEquals(TreePicture.MAX_EXTERNAL - 1 + 2, count(svg, "//*[local-name()='path' and @class='supports']"));
    }

    @Test
    void linksBetweenTheSameNodesShareALineAndFewOtherNodesAllGetABox() {
        List<TreePicture.Reference> references = List.of(
                new TreePicture.Reference("S1", "LINK", "KEMENKES", "S4", "SHARED_OUTCOME"),
                new TreePicture.Reference("S1", "LINK", "KEMENKES", "S4", "ENABLING"),
                new TreePicture.Reference("S1", "SUPPORTS", "KEMENKES", "S4", null),
                new TreePicture.Reference("X9", "LINK", "KEMENKES", "S5", "ENABLING"));
        Document svg = draw(references);
        assertEquals(1, count(svg, "//*[local-name()='path' and @class='link']"));
        assertEquals(1, count(svg, "//*[local-name()='path' and @class='supports']"));
        assertEquals(0, titles(svg).stream().filter(t -> t.startsWith("+")).count());
        assertEquals(1, titles(svg).stream().filter(t -> t.startsWith("KEMENKES")).count());
    }
}
