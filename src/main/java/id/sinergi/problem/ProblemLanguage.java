package id.sinergi.problem;

import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells every problem document in the language the client's Accept-Language asks for (Bahasa Indonesia or
 * English), however it was made: by a mapper, a filter or a resource. Rule codes and types never change.
 */
public class ProblemLanguage {

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            Locale locale = answerLanguage(request, response);
            // the one-argument form keeps type and annotations: a request no method matched (415) has no annotations to ask for
            response.setEntity(Messages.in(problem, locale));
        }
    }

    /** The language the client asked for, which the answer then says it is in (Content-Language, Vary). */
    public static Locale answerLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        Locale locale = Messages.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return locale;
    }
}
