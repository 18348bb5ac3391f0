package id.sinergi.common;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.quarkus.agroal.DataSource.DataSourceLiteral;
import org.jdbi.v3.core.Jdbi;

/**
 * Where reports read: their own pool ("reports", DB_RO_URL, perhaps a replica) when configured (production),
 * else the application's one. Whatever an answer is computed from and what its cache key is read from must
 * come from the same server, so both ask here.
 */
@ApplicationScoped
public class ReportPool {

    private Jdbi jdbi;
    private boolean own;

    @Inject
    void choose(@Any Instance<DataSource> dataSources) {
        Instance<DataSource> reports = dataSources.select(new DataSourceLiteral("reports"));
        own = reports.isResolvable();
        jdbi = Jdbis.over(own ? reports.get() : dataSources.select(Default.Literal.INSTANCE).get());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Whether it is a pool of its own, outside the request's JTA transaction. */
    public boolean own() {
        return own;
    }
}
