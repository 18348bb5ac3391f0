package id.sinergi.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema's history: versioned migrations (V*) are released and never edited; functions and views live
 * in repeatable migrations (R__*), rerun whenever they change. A database that ran an earlier release
 * must end, after migrating, exactly like a new one: same tables, columns, statistics settings,
 * constraints, indexes, views, functions (with their settings) and extensions.
 */
@QuarkusTest
class MigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * Flyway's checksums of the released versioned migrations. Editing one breaks every database that ran
     * it (Flyway refuses to start on a checksum mismatch): change the schema in a new V file, or change
     * a function or view in its R file.
     */
    private static final Map<String, Integer> RELEASED = Map.ofEntries(
            Map.entry("1", 427413268), Map.entry("2", -1438237695), Map.entry("3", -1008853262),
            Map.entry("4", -642322591), Map.entry("5", -196904910), Map.entry("6", -1453144224),
            Map.entry("7", 1496644882), Map.entry("8", -997999715), Map.entry("9", 1601336208),
            Map.entry("10", 2003007988), Map.entry("11", -280920808));

    @Inject
    DataSource dataSource;

    @Test
    void releasedMigrationsAreUnchanged() throws Exception {
        withDatabase("migration_checksums", url -> {
            Flyway flyway = flyway(url, MIGRATIONS);
            flyway.migrate();
            Map<String, Integer> checksums = new TreeMap<>();
            for (MigrationInfo info : flyway.info().applied()) {
                if (info.getVersion() != null) {
                    checksums.put(info.getVersion().getVersion(), info.getChecksum());
                }
            }
            assertEquals(new TreeMap<>(RELEASED), checksums, "A released V migration was edited, or a new one is not "
                    + "pinned here yet (then add its checksum)");
        });
    }

    @ParameterizedTest(name = "a database at release V{0} migrates to the fresh schema")
    @ValueSource(strings = {"4", "5"})
    void anUpgradedDatabaseEndsLikeAFreshOne(String release) throws Exception {
        Path released = Files.createTempDirectory("released-migrations");
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("V") && Integer.parseInt(name.substring(1, name.indexOf("__"))) <= Integer.parseInt(release)) {
                    Files.copy(file, released.resolve(name));
                }
            }
        }
        List<String> fresh = new ArrayList<>();
        withDatabase("migration_fresh", url -> {
            flyway(url, MIGRATIONS).migrate();
            fresh.addAll(schema(url));
        });
        withDatabase("migration_upgraded", url -> {
            flyway(url, released).migrate();
            flyway(url, MIGRATIONS).migrate();
            assertEquals(fresh, schema(url));
        });
    }

    private static Flyway flyway(String url, Path location) {
        return Flyway.configure().dataSource(url, null, null).locations("filesystem:" + location.toAbsolutePath())
                .cleanDisabled(true).load();
    }

    /** Every definition of the public schema, one line each, in a stable order. */
    private static List<String> schema(String url) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SCHEMA)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }

    private static final String SCHEMA = """
            select 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || case when a.attnotnull then ' not null' else '' end
                   || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
                   || coalesce(' statistics ' || a.attstattarget, '')
            from pg_attribute a
            join pg_class c on c.oid = a.attrelid
            left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'v', 'm', 'p')
              and a.attnum > 0 and not a.attisdropped and c.relname <> 'flyway_schema_history'
            union all
            select 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            from pg_constraint where connamespace = 'public'::regnamespace
            union all
            select 'index ' || pg_get_indexdef(i.indexrelid)
            from pg_index i join pg_class c on c.oid = i.indexrelid
            where c.relnamespace = 'public'::regnamespace
            union all
            select 'view ' || c.relname || ' ' || pg_get_viewdef(c.oid)
            from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('v', 'm')
            union all
            select 'function ' || pg_get_functiondef(p.oid)
            from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prokind in ('f', 'p')
            union all
            select 'trigger ' || pg_get_triggerdef(t.oid)
            from pg_trigger t join pg_class c on c.oid = t.tgrelid
            where c.relnamespace = 'public'::regnamespace and not t.tgisinternal
            union all
            select 'extension ' || extname || ' ' || extversion from pg_extension
            union all
            select 'sequence ' || c.relname from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'S'
            order by 1
            """;

    @FunctionalInterface
    private interface DatabaseWork {
        void run(String url) throws Exception;
    }

    /** A new, empty database beside the test database, dropped afterwards. */
    private void withDatabase(String name, DatabaseWork work) throws Exception {
        String url;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
            String own = connection.getMetaData().getURL();
            url = own.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1")
                    + (own.contains("?") ? "&" : "?") + "user=" + connection.getMetaData().getUserName();
        }
        try {
            work.run(url);
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }
}
