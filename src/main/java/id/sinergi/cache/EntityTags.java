package id.sinergi.cache;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Entity tags as RFC 9110 writes them, and the lists of them that If-Match and If-None-Match carry. */
public final class EntityTags {

    /** One entity tag: in double quotes, optionally weak (W/). */
    public static final Pattern FORMAT = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

    private EntityTags() {
    }

    /** The tags of a list header, * as itself; null when the header is absent or any member is malformed. */
    public static List<String> list(String header) {
        if (header == null) {
            return null;
        }
        if (header.strip().equals("*")) {
            return List.of("*");
        }
        List<String> tags = Arrays.stream(header.split(",", -1)).map(String::strip).toList();
        return tags.stream().allMatch(tag -> FORMAT.matcher(tag).matches()) ? tags : null;
    }

    /** A tag without its weakness mark: If-None-Match compares weakly (RFC 9110, 13.1.2). */
    static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
