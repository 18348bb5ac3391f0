package id.sinergi.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Tells a dashboard how fresh a report is: where it was read and up to when it has every write. */
@Provider
public class ReportHeaders {

    @Inject
    ReportSession session;

    @ServerResponseFilter
    public void freshness(ContainerResponseContext response) {
        session.freshness().ifPresent(freshness -> {
            response.getHeaders().putSingle(ReportSession.READ_FROM, freshness.standby() ? "standby" : "primary");
            if (freshness.asOf() != null) {
                response.getHeaders().putSingle(ReportSession.DATA_AS_OF, freshness.asOf().toString());
            }
        });
    }
}
