package id.sinergi.report;

import java.math.BigDecimal;
import java.util.List;

import id.sinergi.config.Bands;
import id.sinergi.svg.Svg;

/**
 * The crosscutting matrix as a heatmap: a row per cross-cutting outcome or shared indicator code, a column per
 * agency, each cell coloured by the predikat band of its capaian (rolled up for an outcome, of the agency's
 * indicators for a code) and marked L for the lead (koordinator) or K for a contributor.
 */
final class MatrixHeatmap {

    static final int CELL = 46;
    static final int LABEL_WIDTH = 330;
    static final int HEADER = 150;
    static final int MARGIN = 20;
    static final String NO_CAPAIAN = "#eeeeee";

    private static final String STYLE = """
            .label{font-size:11px;fill:#1a1a1a}
            .agency{font-size:11px;fill:#1a1a1a}
            .cell{font-size:11px;fill:#1a1a1a;font-weight:bold;text-anchor:middle}
            .on-dark{fill:#ffffff}
            .heading{font-size:15px;fill:#1a1a1a;font-weight:bold}
            .legend{font-size:11px;fill:#404040}
            """;

    private MatrixHeatmap() {
    }

    static String svg(MatrixReport.Matrix matrix, Bands bands) {
        List<String> agencies = matrix.agencies();
        double width = MARGIN * 2 + LABEL_WIDTH + Math.max(agencies.size(), 12) * CELL;
        double height = MARGIN * 2 + HEADER + matrix.rows().size() * CELL + 40;
        Svg svg = new Svg(width, height);
        String title = "Matriks crosscutting " + matrix.period() + (matrix.year() == null ? "" : " \u00b7 " + matrix.year())
                + " \u00b7 baris " + (matrix.page() * matrix.size() + 1) + "-" + (matrix.page() * matrix.size()
                + matrix.rows().size()) + " dari " + matrix.total();
        svg.text(MARGIN, MARGIN + 8, title, "heading");
        StringBuilder legend = new StringBuilder("L: koordinator (lead) \u00b7 K: kontributor \u00b7 warna: predikat capaian");
        bands.bands().forEach(band -> legend.append(" \u00b7 ").append(band.name()).append(" \u2265 ")
                .append(band.floor().toPlainString()));
        svg.text(MARGIN, MARGIN + 28, legend.toString(), "legend");
        for (int c = 0; c < agencies.size(); c++) {
            double x = MARGIN + LABEL_WIDTH + c * CELL + CELL / 2.0;
            svg.group(agencies.get(c));
            svg.rotatedText(x, MARGIN + HEADER - 6, Svg.cut(agencies.get(c), 22), "agency");
            svg.end();
        }
        for (int r = 0; r < matrix.rows().size(); r++) {
            MatrixReport.Row row = matrix.rows().get(r);
            double y = MARGIN + HEADER + r * CELL;
            svg.group(row.id() + " \u00b7 " + row.label());
            svg.text(MARGIN, y + CELL / 2.0 + 4, Svg.cut(row.id() + " \u00b7 " + row.label(), 52), "label");
            svg.end();
            for (int c = 0; c < agencies.size(); c++) {
                MatrixReport.Cell cell = row.cells().get(agencies.get(c));
                if (cell == null) {
                    continue;
                }
                BigDecimal capaian = "OUTCOME".equals(row.kind()) ? cell.rolledUpAchievement() : cell.indicatorAchievement();
                Bands.Band band = bands.of(capaian);
                double x = MARGIN + LABEL_WIDTH + c * CELL;
                svg.group(agencies.get(c) + " \u00b7 " + row.id() + " \u00b7 " + cell.role()
                        + (band == null ? " \u00b7 belum ada capaian" : " \u00b7 capaian " + capaian.toPlainString()
                        + " (" + band.name() + ")"));
                String colour = band == null ? NO_CAPAIAN : band.colour();
                svg.rect(x + 2, y + 2, CELL - 4, CELL - 4, colour, "#ffffff", "heat");
                svg.text(x + CELL / 2.0, y + CELL / 2.0 + 4, "LEAD".equals(cell.role()) ? "L" : "K",
                        Svg.dark(colour) ? "cell on-dark" : "cell");
                svg.end();
            }
        }
        return svg.document(title, STYLE);
    }
}
