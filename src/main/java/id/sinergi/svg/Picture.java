package id.sinergi.svg;

/** An answer that can be drawn: written as SVG when the client asks for image/svg+xml. */
public interface Picture {

    String MEDIA_TYPE = "image/svg+xml";

    /** The picture as a standalone SVG document. */
    String svg();
}
