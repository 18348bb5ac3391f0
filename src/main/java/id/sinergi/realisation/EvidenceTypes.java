package id.sinergi.realisation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of evidence file accepted, and whether a file's bytes are what its declared type says: a file
 * is taken only when its first bytes carry the type's signature (or, for CSV, when it is UTF-8 text), so a
 * script sent as a PDF is refused, not stored and later served to a browser.
 */
public final class EvidenceTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** Accepted types and the signature their content starts with (empty: UTF-8 text without NUL bytes). */
    static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", PDF,
            "image/png", PNG,
            "image/jpeg", JPEG,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP,
            "text/csv", new byte[0]);

    private EvidenceTypes() {
    }

    /** Whether files of this media type (without parameters, lower case) are accepted. */
    public static boolean accepted(String mediaType) {
        return SIGNATURES.containsKey(mediaType);
    }

    /** Why the content is not of its declared (accepted) type; empty when it is. */
    public static Optional<String> mismatch(String mediaType, byte[] content) {
        byte[] signature = SIGNATURES.get(mediaType);
        if (signature.length > 0) {
            return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length)
                    ? Optional.empty()
                    : Optional.of("the content does not start as a " + mediaType + " file does");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            return Optional.of("a text/csv file is UTF-8 text");
        }
        for (byte b : content) {
            if (b == 0) {
                return Optional.of("a text/csv file holds no NUL bytes");
            }
        }
        return Optional.empty();
    }
}
