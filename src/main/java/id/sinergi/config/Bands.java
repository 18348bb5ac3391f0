package id.sinergi.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.spi.Converter;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The predikat bands a capaian falls in (ACHIEVEMENT_BANDS), best first: each from its floor (inclusive)
 * up to the next better band's floor, the last from 0. Written as {@code floor name colour} entries
 * separated by semicolons: {@code 100 Sangat Baik #1A9850; 75 Baik #91CF60; 55 Cukup #FEE08B; 0 Kurang #D73027}.
 * Reports name a score's band and colour in SQL (function predikat), from the array literals given here.
 */
public record Bands(List<Band> bands) {

    public record Band(BigDecimal floor, String name, String colour) {
    }

    private static final Pattern ENTRY = Pattern.compile("\\s*(\\d{1,4}(?:\\.\\d{1,4})?)\\s+([\\p{L}\\p{N} ()/.-]{1,40}?)\\s+(#[0-9A-Fa-f]{6})\\s*");

    /** Reads the setting; fails, naming what is wrong, unless the bands fall strictly from best to a last one at 0. */
    public static Bands parse(String text) {
        List<Band> bands = new ArrayList<>();
        for (String entry : text.split(";")) {
            Matcher matcher = ENTRY.matcher(entry);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + entry.strip() + "' is not a band: write 'floor name #RRGGBB', "
                        + "as in '75 Baik #91CF60'");
            }
            Band band = new Band(new BigDecimal(matcher.group(1)), matcher.group(2).strip(), matcher.group(3).toUpperCase());
            if (!bands.isEmpty() && band.floor().compareTo(bands.get(bands.size() - 1).floor()) >= 0) {
                throw new IllegalArgumentException("bands run from the best down: floor " + band.floor()
                        + " is not below " + bands.get(bands.size() - 1).floor());
            }
            bands.add(band);
        }
        if (bands.size() > 10 || bands.get(bands.size() - 1).floor().signum() != 0) {
            throw new IllegalArgumentException("give 1 to 10 bands, the last from 0");
        }
        return new Bands(List.copyOf(bands));
    }

    /** The band a capaian falls in, as the SQL function predikat() finds it: the best whose floor it reaches. */
    public Band of(BigDecimal capaian) {
        return capaian == null ? null
                : bands.stream().filter(band -> capaian.compareTo(band.floor()) >= 0).findFirst().orElse(null);
    }

    /** The floors as a PostgreSQL numeric[] literal, best first. */
    public String floors() {
        return bands.stream().map(band -> band.floor().toPlainString()).collect(Collectors.joining(",", "{", "}"));
    }

    /** The names as a PostgreSQL text[] literal (names hold no quotes, commas or braces: see the pattern). */
    public String names() {
        return bands.stream().map(band -> '"' + band.name() + '"').collect(Collectors.joining(",", "{", "}"));
    }

    /** The colours as a PostgreSQL text[] literal. */
    public String colours() {
        return bands.stream().map(Band::colour).collect(Collectors.joining(",", "{", "}"));
    }

    /** The columns predikat (the band) and colour (its colour) of a capaian expression; names bound by {@link #bind}. */
    public static String columns(String capaian) {
        return "predikat(" + capaian + ", :bandFloors::numeric[], :bandNames::text[]) as predikat, "
                + "predikat(" + capaian + ", :bandFloors::numeric[], :bandColours::text[]) as colour";
    }

    /** Binds the bands for {@link #columns}. */
    public void bind(SqlStatement<?> statement) {
        statement.bind("bandFloors", floors()).bind("bandNames", names()).bind("bandColours", colours());
    }

    /** Reads ACHIEVEMENT_BANDS for {@link SinergiConfig}. */
    public static final class Reader implements Converter<Bands> {
        @Override
        public Bands convert(String value) {
            return parse(value);
        }
    }
}
