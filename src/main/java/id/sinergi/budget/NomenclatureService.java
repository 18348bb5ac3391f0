package id.sinergi.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.problem.Text;
import id.sinergi.cascade.Level;
import id.sinergi.cascade.NomenclatureCode;
import id.sinergi.common.CsvReader;
import id.sinergi.common.Page;
import id.sinergi.common.PageRequest;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.Violation;
import id.sinergi.problem.ViolationList;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jdbi.v3.core.Jdbi;

/**
 * The reference list of nomenclature codes (Permendagri 90/2019 and its updates), loaded whole from the
 * official CSV: once it holds any code, trees may carry only listed codes.
 */
@ApplicationScoped
public class NomenclatureService {

    static final int MAX_NAME_LENGTH = 1000;

    @Schema(name = "NomenclatureEntry", description = "A code of the reference list")
    public record Entry(@Schema(example = "1.02.02.2.01.0001") String code, Level level,
                        @Schema(example = "Pengelolaan Pelayanan Kesehatan Ibu Hamil") String name) {
    }

    @Schema(name = "NomenclatureLoaded", description = "How many codes of each level the list now holds")
    public record Loaded(int programmes, int activities, int subActivities) {
    }

    @Inject
    Jdbi jdbi;

    /** Replaces the list with the CSV's codes (header code,name); every bad row listed, nothing stored then. */
    @Transactional
    public Loaded replace(String csv) {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(csv == null ? "" : csv);
        } catch (CsvReader.MalformedCsv e) {
            throw ProblemException.invalid(Violation.at("/line/" + e.line(), "CSV_MALFORMED", e.getMessage()));
        }
        if (records.isEmpty() || records.get(0).fields().size() < 2
                || !"code".equals(records.get(0).fields().get(0).strip().toLowerCase(Locale.ROOT))
                || !"name".equals(records.get(0).fields().get(1).strip().toLowerCase(Locale.ROOT))) {
            throw ProblemException.invalid(Violation.at("/line/1", "CSV_HEADER",
                    Text.of("nomenclature.csv-header")));
        }
        ViolationList violations = new ViolationList();
        Map<String, Integer> lines = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            CsvReader.Record record = records.get(i);
            String at = "/line/" + record.line();
            String code = record.fields().get(0).strip();
            String name = record.fields().size() > 1 ? record.fields().get(1).strip() : "";
            Level level = NomenclatureCode.levelOf(code);
            if (level == null) {
                violations.add(i, Violation.at(at + "/code", "CODE_FORMAT",
                        Text.of("nomenclature.code-format",
                                Violation.quote(code), NomenclatureCode.shape(Level.PROGRAM).english())));
            } else if (lines.putIfAbsent(code, record.line()) != null) {
                violations.add(i, Violation.at(at + "/code", "CODE_DUPLICATE",
                        Text.of("nomenclature.code-duplicate", Violation.quote(code), lines.get(code))));
            }
            if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
                violations.add(i, Violation.at(at + "/name", name.isEmpty() ? "REQUIRED" : "TOO_LONG",
                        Text.of("nomenclature.detail", MAX_NAME_LENGTH)));
            }
            entries.add(new Entry(code, level, name));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(Text.of("nomenclature.detail-2", violations.total()), violations);
        }
        jdbi.useHandle(handle -> {
            handle.createUpdate("delete from nomenclature").execute();
            handle.createUpdate("""
                            insert into nomenclature (code, level, name)
                            select * from unnest(:codes, :levels, :names)""")
                    .bindArray("codes", String.class, entries.stream().map(Entry::code).toList())
                    .bindArray("levels", String.class, entries.stream().map(e -> e.level().name()).toList())
                    .bindArray("names", String.class, entries.stream().map(Entry::name).toList())
                    .execute();
        });
        return new Loaded(count(entries, Level.PROGRAM), count(entries, Level.ACTIVITY), count(entries, Level.SUB_ACTIVITY));
    }

    /** A page of the list, in code order; only codes starting with the prefix when one is given. */
    @Transactional
    public Page<Entry> list(String prefix, PageRequest paging) {
        return jdbi.withHandle(handle -> {
            long[] total = new long[1];
            List<Entry> items = handle.createQuery("""
                            select code, level, name, count(*) over () as total
                            from nomenclature
                            where starts_with(code, coalesce(:prefix, ''))
                            order by code
                            limit :limit offset :offset""")
                    .bind("prefix", prefix).bind("limit", paging.size()).bind("offset", paging.offset())
                    .map((r, ctx) -> {
                        total[0] = r.getLong("total");
                        return new Entry(r.getString("code"), Level.valueOf(r.getString("level")), r.getString("name"));
                    }).list();
            return new Page<>(items, paging.page(), paging.size(), total[0]);
        });
    }

    private static int count(List<Entry> entries, Level level) {
        return (int) entries.stream().filter(e -> e.level() == level).count();
    }
}
