package id.sinergi.observability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import id.sinergi.common.Sql;
import id.sinergi.crosscut.LinkStatus;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * The domain's own metrics at /q/metrics, beside the HTTP ones (whose http_server_requests timers, per
 * URI template, are the report latencies): trees stored, violations of each tree rule, links by status.
 */
@ApplicationScoped
public class DomainMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    /** A tree version stored; created says whether it was the tree's first. */
    public void treeStored(boolean created) {
        registry.counter("sinergi.trees.stored", "first_version", String.valueOf(created)).increment();
    }

    /** A tree refused, with each rule it broke counted once per violation. */
    /** A rejected tree, with how many violations of each rule it had. */
    public void treeRejected(Map<String, Integer> violationsByRule) {
        registry.counter("sinergi.trees.rejected").increment();
        violationsByRule.forEach((rule, count) -> registry.counter("sinergi.tree.violations", "rule", rule).increment(count));
    }

    void registerLinkGauges(@Observes StartupEvent event) {
        for (LinkStatus status : LinkStatus.values()) {
            Gauge.builder("sinergi.links", this, metrics -> metrics.links(status))
                    .description("Cross-cutting links in this status, counted in the database at each scrape")
                    .tag("status", status.name()).register(registry);
        }
    }

    private double links(LinkStatus status) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = Sql.prepare(connection, "select count(*) from crosscutting_link where status = ?",
                     status.name());
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            // the database is unreachable: the scrape shows no value rather than failing
            return Double.NaN;
        }
    }
}
