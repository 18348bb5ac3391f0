package id.sinergi.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import id.sinergi.common.ReportSession;

/**
 * Keeps the answers {@link ConditionalAnswers} keyed, as they are written. Bound by name to the reads marked
 * {@link CacheableAnswer}: an answer written before any resource method was chosen (404, 405, 415, 406)
 * has no method to bind to, and must not meet an interceptor that asks for one.
 */
@CacheableAnswer
@Provider
public class AnswerRecorder implements WriterInterceptor {

    private static final Set<String> NOT_KEPT = Set.of(HttpHeaders.CONTENT_LENGTH.toLowerCase(), HttpHeaders.DATE.toLowerCase(),
            HttpHeaders.CONTENT_TYPE.toLowerCase(), HttpHeaders.ETAG.toLowerCase(), "x-request-id", "transfer-encoding",
            ReportSession.READ_FROM.toLowerCase(), ReportSession.DATA_AS_OF.toLowerCase());

    @Inject
    AnswerCache cache;

    /** Runs after every response filter, so what it keeps is the answer exactly as it leaves. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            keep(context);
        } finally {
            cache.finish(context::getProperty);
        }
    }

    private void keep(WriterInterceptorContext context) throws IOException {
        if (context.getProperty(ConditionalAnswers.KEY) == null || context.getProperty(ConditionalAnswers.SERVED) != null) {
            context.proceed();
            return;
        }
        vary(context.getHeaders());
        String tag = (String) context.getProperty(ConditionalAnswers.STORE);
        if (tag == null || cache.largest() == 0 || context.getMediaType() == null) {
            context.proceed();
            return;
        }
        Capture capture = new Capture(context.getOutputStream(), cache.largest());
        context.setOutputStream(capture);
        context.proceed();
        if (capture.kept != null) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            context.getHeaders().forEach((name, values) -> {
                if (!NOT_KEPT.contains(name.toLowerCase())) {
                    values.forEach(value -> headers.add(Map.entry(name, String.valueOf(value))));
                }
            });
            cache.put((String) context.getProperty(ConditionalAnswers.KEY), new AnswerCache.Stored(tag, context.getMediaType().toString(),
                    List.copyOf(headers), capture.kept.toByteArray()));
        }
    }

    /** Every cached answer varies with what its key holds of the request: Accept and Accept-Language, once each. */
    private static void vary(MultivaluedMap<String, Object> headers) {
        Set<String> vary = new LinkedHashSet<>();
        List<Object> present = headers.get(HttpHeaders.VARY);
        if (present != null) {
            present.forEach(value -> List.of(String.valueOf(value).split(",")).forEach(name -> vary.add(name.strip())));
        }
        vary.add(HttpHeaders.ACCEPT);
        vary.add(HttpHeaders.ACCEPT_LANGUAGE);
        headers.putSingle(HttpHeaders.VARY, String.join(", ", vary));
    }

    /** Writes through, keeping a copy while it stays within the limit. */
    private static final class Capture extends OutputStream {
        private final OutputStream out;
        private final long limit;
        private ByteArrayOutputStream kept = new ByteArrayOutputStream();

        Capture(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (kept != null) {
                kept.write(b);
                overflow();
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            if (kept != null) {
                kept.write(bytes, offset, length);
                overflow();
            }
        }

        private void overflow() {
            if (kept.size() > limit) {
                kept = null;
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
