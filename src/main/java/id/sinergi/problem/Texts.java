package id.sinergi.problem;

/** What text from a request must not contain to be stored and searched as it was sent. */
public final class Texts {

    private Texts() {
    }

    /** Why PostgreSQL could not hold the text as it is, or null when it can. */
    public static Text unstorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Text.of("text.nul");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Text.of("text.half-surrogate", Integer.toHexString(c).toUpperCase());
            }
        }
        return null;
    }
}
