package id.sinergi.svg;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Builds an SVG document element by element. Every text and attribute value is escaped here, so that user
 * text (a statement, an agency name) can never become markup or script in the picture.
 */
public final class Svg {

    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;

    public Svg(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public Svg rect(double x, double y, double w, double h, String fill, String stroke, String cssClass) {
        body.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(w)).append("\" height=\"").append(number(h)).append("\" rx=\"6\" fill=\"")
                .append(escape(fill)).append("\" stroke=\"").append(escape(stroke)).append('"');
        cssClass(cssClass);
        body.append("/>\n");
        return this;
    }

    public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        body.append("<path d=\"M").append(number(x1)).append(',').append(number(y1)).append(" C")
                .append(number(x1)).append(',').append(number((y1 + y2) / 2)).append(' ')
                .append(number(x2)).append(',').append(number((y1 + y2) / 2)).append(' ')
                .append(number(x2)).append(',').append(number(y2)).append('"');
        cssClass(cssClass);
        body.append("/>\n");
        return this;
    }

    public Svg text(double x, double y, String text, String cssClass) {
        body.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append('"');
        cssClass(cssClass);
        body.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /** Text read upwards, for column headings. */
    public Svg rotatedText(double x, double y, String text, String cssClass) {
        body.append("<text transform=\"translate(").append(number(x)).append(',').append(number(y))
                .append(") rotate(-60)\"");
        cssClass(cssClass);
        body.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /** A tooltip for the element that follows in a group: the whole text that a box shows cut short. */
    public Svg group(String title) {
        body.append("<g><title>").append(escape(title)).append("</title>\n");
        return this;
    }

    public Svg end() {
        body.append("</g>\n");
        return this;
    }

    private Svg cssClass(String cssClass) {
        if (cssClass != null) {
            body.append(" class=\"").append(escape(cssClass)).append('"');
        }
        return this;
    }

    /** The document, with the given style sheet (a constant of the caller's, never user text). */
    public String document(String title, String style) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + number(width) + "\" height=\"" + number(height)
                + "\" viewBox=\"0 0 " + number(width) + " " + number(height) + "\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n"
                + "<title>" + escape(title) + "</title>\n<style>" + style + "</style>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" + body + "</svg>\n";
    }

    static String number(double value) {
        return BigDecimal.valueOf(Math.round(value * 10) / 10.0).stripTrailingZeros().toPlainString();
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot hold become U+FFFD. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    escaped.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return escaped.toString();
    }

    /** Text cut to at most {@code length} characters, with an ellipsis when cut. */
    public static String cut(String text, int length) {
        if (text == null || text.codePointCount(0, text.length()) <= length) {
            return text == null ? "" : text;
        }
        return text.substring(0, text.offsetByCodePoints(0, length - 1)) + "\u2026";
    }

    /** Whether white text reads better than black on this #RRGGBB colour (relative luminance below 0.5). */
    public static boolean dark(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = (0.2126 * (rgb >> 16 & 0xFF) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF)) / 255;
        return luminance < 0.5;
    }

    /** Lower case for CSS classes built from enum names. */
    public static String css(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
