package id.sinergi.crosscut;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Cross-cutting links by status at /q/metrics ({@code sinergi_links{status}}), counted in the database at each scrape. */
@ApplicationScoped
public class LinkGauges {

    @Inject
    MeterRegistry registry;

    @Inject
    Jdbi jdbi;

    void register(@Observes StartupEvent event) {
        for (LinkStatus status : LinkStatus.values()) {
            Gauge.builder("sinergi.links", this, gauges -> gauges.links(status))
                    .description("Cross-cutting links in this status, counted in the database at each scrape")
                    .tag("status", status.name()).register(registry);
        }
    }

    private double links(LinkStatus status) {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("select count(*) from crosscutting_link where status = :status")
                    .bind("status", status.name()).mapTo(Long.class).one());
        } catch (JdbiException e) {
            // the database is unreachable: the scrape shows no value rather than failing
            return Double.NaN;
        }
    }
}
