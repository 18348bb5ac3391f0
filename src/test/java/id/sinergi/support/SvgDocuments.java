package id.sinergi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** SVG answers read as XML: parsed strictly (no DTD), and queried by XPath. */
public final class SvgDocuments {

    private SvgDocuments() {
    }

    public static Document svg(byte[] body) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());
        assertTrue(new String(body, StandardCharsets.UTF_8).startsWith("<?xml"));
        return document;
    }

    /** The tooltips of the boxes, in drawing order: one per node, collapsed group and other agency's node. */
    public static List<String> titles(Document svg) {
        return strings(svg, "//*[local-name()='g']/*[local-name()='title']");
    }

    public static List<String> texts(Document svg, String cssClass) {
        return strings(svg, "//*[local-name()='text' and @class='" + cssClass + "']");
    }

    public static List<String> strings(Document svg, String path) {
        NodeList found = nodes(svg, path);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            strings.add(found.item(i).getTextContent());
        }
        return strings;
    }

    public static int count(Document svg, String path) {
        return nodes(svg, path).getLength();
    }

    private static NodeList nodes(Document svg, String path) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, svg, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
