package id.sinergi.problem;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import id.sinergi.config.SinergiConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What a request body may be: at most {@code sinergi.limits.max-body-size} bytes, however it is sent, and,
 * for JSON, well-formed UTF-8 (RFC 8259; RFC 3629 forbids overlong forms, surrogates and code points past
 * U+10FFFF, which a lenient decoder would quietly turn into other characters). A body that announces a
 * larger length is refused before it is read; one sent in chunks is counted while it is read and refused
 * the moment it passes the limit, so the server never holds more than the limit of it.
 */
@Provider
public class BodyLimits implements ReaderInterceptor {

    /** Looked up per request: JAX-RS providers are made before runtime config is available. */
    @Inject
    Instance<SinergiConfig> config;

    /** The body passed the limit while it was being read. */
    public static final class TooLarge extends IOException {
        final transient Text text;

        TooLarge(long limit) {
            this(Text.of("body.too-large", limit));
        }

        private TooLarge(Text text) {
            super(text.english());
            this.text = text;
        }
    }

    /** The body is not UTF-8. */
    public static final class NotUtf8 extends CharConversionException {
        final transient Text text;

        NotUtf8(long offset, int value) {
            this(Text.of("body.not-utf8", offset, Integer.toHexString(value).toUpperCase()));
        }

        private NotUtf8(Text text) {
            super(text.english());
            this.text = text;
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseAnnouncedOversizedBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long bytes;
        try {
            bytes = length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        long limit = maxBodyBytes();
        if (bytes <= limit) {
            return Optional.empty();
        }
        Text detail = Text.of("body.announced-too-large", bytes, limit);
        return Optional.of(Problems.response(ProblemType.PAYLOAD_TOO_LARGE.status(), ProblemType.PAYLOAD_TOO_LARGE,
                detail.english(), detail, request.getUriInfo().getPath(), List.of(), 0));
    }

    private long maxBodyBytes() {
        return config.get().limits().maxBodySize().asLongValue();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        context.setInputStream(new GuardedStream(context.getInputStream(), maxBodyBytes(), json));
        return context.proceed();
    }

    /** Counts what is read through it and, when asked, checks that it is UTF-8. */
    static final class GuardedStream extends FilterInputStream {

        private final long limit;
        private final boolean utf8;
        private long read;
        /** Continuation bytes the current character still needs, and the range the next one must fall in. */
        private int pending;
        private int low = 0x80;
        private int high = 0xBF;

        GuardedStream(InputStream in, long limit, boolean utf8) {
            super(in);
            this.limit = limit;
            this.utf8 = utf8;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                atEnd();
            } else {
                check(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                atEnd();
            }
            for (int i = 0; i < n; i++) {
                check(buffer[offset + i] & 0xFF);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipped bytes would escape the count and the check
            long skipped = 0;
            while (skipped < n && read() >= 0) {
                skipped++;
            }
            return skipped;
        }

        private void atEnd() throws NotUtf8 {
            if (utf8 && pending > 0) {
                throw new NotUtf8(read, 0);
            }
        }

        private void check(int b) throws IOException {
            if (++read > limit) {
                throw new TooLarge(limit);
            }
            if (!utf8) {
                return;
            }
            if (pending > 0) {
                if (b < low || b > high) {
                    throw new NotUtf8(read - 1, b);
                }
                pending--;
                low = 0x80;
                high = 0xBF;
                return;
            }
            if (b < 0x80) {
                return;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
                high = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
                high = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would pass U+10FFFF
            } else {
                throw new NotUtf8(read - 1, b); // a stray continuation, C0/C1 (overlong) or F5..FF
            }
        }
    }
}
