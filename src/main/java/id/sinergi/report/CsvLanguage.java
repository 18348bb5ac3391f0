package id.sinergi.report;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import id.sinergi.problem.Messages;
import id.sinergi.problem.ProblemLanguage;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** CSV answers head their columns in the language the client's Accept-Language asks for; the cells stay as they are. */
public class CsvLanguage {

    private static final MediaType CSV = MediaType.valueOf("text/csv");

    @ServerResponseFilter
    public void head(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof CsvTable table && response.getMediaType() != null
                && CSV.isCompatible(response.getMediaType())) {
            Locale locale = ProblemLanguage.answerLanguage(request, response);
            response.setEntity(new Headed(table, locale), response.getEntityAnnotations(), response.getMediaType());
        }
    }

    /** A table with its headers in a language. */
    record Headed(CsvTable table, Locale locale) implements CsvTable {
        @Override
        public List<String> csvHeader() {
            return table.csvHeader().stream().map(name -> Messages.column(name, locale)).toList();
        }

        @Override
        public List<List<Object>> csvRows() {
            return table.csvRows();
        }
    }
}
