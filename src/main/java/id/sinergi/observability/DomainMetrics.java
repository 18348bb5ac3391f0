package id.sinergi.observability;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The domain's own metrics at /q/metrics, beside the HTTP ones (whose http_server_requests timers, per
 * URI template, are the report latencies): trees stored, violations of each tree rule. Links by status are
 * counted by the crosscut package's own gauges.
 */
@ApplicationScoped
public class DomainMetrics {

    @Inject
    MeterRegistry registry;

    /** A tree version stored; created says whether it was the tree's first. */
    public void treeStored(boolean created) {
        registry.counter("sinergi.trees.stored", "first_version", String.valueOf(created)).increment();
    }

    /** A rejected tree, with how many violations of each rule it had. */
    public void treeRejected(Map<String, Integer> violationsByRule) {
        registry.counter("sinergi.trees.rejected").increment();
        violationsByRule.forEach((rule, count) -> registry.counter("sinergi.tree.violations", "rule", rule).increment(count));
    }
}
