package id.sinergi.realisation;

import java.util.Optional;

/**
 * Where the bytes of evidence files live, by the id of their record. PostgreSQL by default
 * ({@link DatabaseEvidenceStorage}); an object store can take its place by providing another bean.
 * Calls run inside the caller's transaction.
 */
public interface EvidenceStorage {

    void put(long evidenceId, byte[] content);

    Optional<byte[]> get(long evidenceId);

    void delete(long evidenceId);
}
