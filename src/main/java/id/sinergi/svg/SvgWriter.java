package id.sinergi.svg;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/** Writes any {@link Picture} as UTF-8 SVG when the client asks for image/svg+xml. */
@Provider
@Produces(Picture.MEDIA_TYPE)
public class SvgWriter implements MessageBodyWriter<Picture> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Picture.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Picture picture, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(picture.svg().getBytes(StandardCharsets.UTF_8));
    }
}
