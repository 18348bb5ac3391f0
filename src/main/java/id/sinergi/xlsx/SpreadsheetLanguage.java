package id.sinergi.xlsx;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import id.sinergi.problem.Messages;
import id.sinergi.problem.ProblemLanguage;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Workbook answers name their sheets and head their columns in the language the client's Accept-Language
 * asks for (cells stay as they are), and come as a download named after the request path.
 */
public class SpreadsheetLanguage {

    private static final MediaType XLSX = MediaType.valueOf(Spreadsheet.MEDIA_TYPE);

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Spreadsheet spreadsheet && response.getMediaType() != null
                && XLSX.isCompatible(response.getMediaType())) {
            Locale locale = ProblemLanguage.answerLanguage(request, response);
            List<Spreadsheet.Sheet> told = spreadsheet.sheets().stream().map(sheet -> new Spreadsheet.Sheet(
                    Messages.column(sheet.name(), locale),
                    sheet.header().stream().map(name -> Messages.column(name, locale)).toList(),
                    sheet.rows(), sheet.choices())).toList();
            response.setEntity((Spreadsheet) () -> told, response.getEntityAnnotations(), response.getMediaType());
            response.getHeaders().putSingle("Content-Disposition",
                    "attachment; filename=\"" + fileName(request.getUriInfo().getPathSegments().stream()
                            .map(segment -> segment.getPath()).collect(Collectors.toList())) + "\"");
        }
    }

    /** The path after /api/v1, in characters safe in any file system: reports-achievement-indicators.xlsx. */
    static String fileName(List<String> segments) {
        String name = segments.stream().skip(2).filter(segment -> !segment.isEmpty())
                .map(segment -> segment.replaceAll("[^A-Za-z0-9._-]", "_"))
                .collect(Collectors.joining("-"));
        return (name.isEmpty() ? "sinergi" : name.length() > 100 ? name.substring(0, 100) : name) + ".xlsx";
    }
}
