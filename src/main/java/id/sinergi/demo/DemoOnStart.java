package id.sinergi.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import id.sinergi.agency.Agency;
import id.sinergi.config.SinergiConfig;
import id.sinergi.security.Roles;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.jboss.logging.Logger;

/** Loads the demo dataset into an empty database at start-up when sinergi.demo.load-on-start is true (dev mode). */
@ApplicationScoped
public class DemoOnStart {

    private static final Logger LOG = Logger.getLogger(DemoOnStart.class);

    @Inject
    SinergiConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    DemoDataset demo;

    @ActivateRequestContext
    void onStart(@Observes StartupEvent event) {
        if (!config.demo().loadOnStart() || Agency.count() > 0) {
            return;
        }
        // The loader acts as an administrator: the same services and rules as a client's requests.
        identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("demo-dataset"))
                .addRole(Roles.ADMIN).build());
        DemoDataset.Loaded loaded = demo.load();
        LOG.infof("Demo dataset loaded: %d agencies, %d trees, %d realisations, %d links for period %s",
                loaded.agencies(), loaded.trees(), loaded.realisations(), loaded.links(), loaded.period());
    }
}
