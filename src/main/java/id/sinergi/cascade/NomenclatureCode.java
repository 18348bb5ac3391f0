package id.sinergi.cascade;

import java.util.Map;
import java.util.regex.Pattern;

import id.sinergi.problem.Text;

/**
 * The Permendagri 90/2019 nomenclature code of a programme, activity or sub-activity (kode nomenklatur):
 * urusan (one digit), bidang urusan (two), programme (two), kegiatan (one and two) and sub-kegiatan (four)
 * numbers, each level's code extending its parent's. A programme that serves every affair (penunjang
 * urusan) writes its urusan and bidang as X.XX.
 */
public final class NomenclatureCode {

    /** Longest code: a sub-activity's. */
    public static final int MAX_LENGTH = 17;

    private static final String PROGRAM = "(?:[1-9]\\.\\d{2}|X\\.XX)\\.\\d{2}";
    private static final String ACTIVITY = PROGRAM + "\\.[1-9]\\.\\d{2}";
    private static final Map<Level, Pattern> FORMATS = Map.of(
            Level.PROGRAM, Pattern.compile(PROGRAM),
            Level.ACTIVITY, Pattern.compile(ACTIVITY),
            Level.SUB_ACTIVITY, Pattern.compile(ACTIVITY + "\\.\\d{4}"));
    private NomenclatureCode() {
    }

    /** Whether the level carries a code at all: programmes, activities and sub-activities do. */
    public static boolean coded(Level level) {
        return FORMATS.containsKey(level);
    }

    /** Whether the code has the format of the level. */
    public static boolean fits(String code, Level level) {
        Pattern format = FORMATS.get(level);
        return code != null && code.length() <= MAX_LENGTH && format != null && format.matcher(code).matches();
    }

    /** The level whose format the code has, or null when it has none. */
    public static Level levelOf(String code) {
        for (Level level : new Level[] {Level.PROGRAM, Level.ACTIVITY, Level.SUB_ACTIVITY}) {
            if (fits(code, level)) {
                return level;
            }
        }
        return null;
    }

    /** The form of a level's code, with an example (messages code.shape.*), for messages. */
    public static Text shape(Level level) {
        return Text.of("code.shape." + level.name());
    }

    /** Whether a child's code extends its parent's (a kegiatan code starts with its programme's). */
    public static boolean extendsCode(String child, String parent) {
        return child.startsWith(parent + ".");
    }

    /**
     * The affair (urusan.bidang, e.g. 1.02) a well-formed code belongs to, or null for a programme serving
     * every affair (X.XX).
     */
    public static String affair(String code) {
        return code.startsWith("X") ? null : code.substring(0, 4);
    }
}
