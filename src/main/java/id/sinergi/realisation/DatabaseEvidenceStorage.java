package id.sinergi.realisation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.DefaultBean;
import org.jdbi.v3.core.Jdbi;

/** Evidence bytes in PostgreSQL (table evidence_content), in the same transaction as their record. */
@DefaultBean
@ApplicationScoped
public class DatabaseEvidenceStorage implements EvidenceStorage {

    @Inject
    Jdbi jdbi;

    @Override
    public void put(long agencyId, long evidenceId, byte[] content) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "insert into evidence_content (agency_id, evidence_id, content) values (:agency, :id, :content)")
                .bind("agency", agencyId).bind("id", evidenceId).bind("content", content).execute());
    }

    @Override
    public Optional<byte[]> get(long agencyId, long evidenceId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select content from evidence_content where evidence_id = :id and agency_id = :agency")
                .bind("id", evidenceId).bind("agency", agencyId).mapTo(byte[].class).findOne());
    }

    @Override
    public void delete(long agencyId, long evidenceId) {
        jdbi.useHandle(handle -> handle.createUpdate("delete from evidence_content where evidence_id = :id and agency_id = :agency")
                .bind("id", evidenceId).bind("agency", agencyId).execute());
    }
}
