package id.sinergi.realisation;

import java.util.Optional;

/**
 * Where the bytes of evidence files live, by the agency and the id of their record. PostgreSQL by default
 * ({@link DatabaseEvidenceStorage}); an object store can take its place by providing another bean.
 * Calls run inside the caller's transaction.
 */
public interface EvidenceStorage {

    void put(long agencyId, long evidenceId, byte[] content);

    Optional<byte[]> get(long agencyId, long evidenceId);

    void delete(long agencyId, long evidenceId);
}
