package id.sinergi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import jakarta.inject.Inject;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The SQL layer's promises, against the real database: names bound once, nothing left over, columns read by name. */
@QuarkusTest
class JdbisTest {

    record Figure(String agency, BigDecimal achievement, Long link) {
    }

    @Inject
    Jdbi jdbi;

    @Test
    void aNameUsedTwiceIsBoundOnce() {
        long found = jdbi.withHandle(handle -> handle.createQuery(
                        "select count(*) from generate_series(1, 10) n where n >= :from and n - :from < 3")
                .bind("from", 4).mapTo(Long.class).one());
        assertEquals(3, found);
    }

    @Test
    void aNameNotBoundFailsTheStatement() {
        assertThrows(UnableToCreateStatementException.class, () -> jdbi.withHandle(handle -> handle
                .createQuery("select :period::bigint").mapTo(Long.class).one()));
    }

    @Test
    void aValueBoundButNotUsedFailsTheStatement() {
        assertThrows(UnableToCreateStatementException.class, () -> jdbi.withHandle(handle -> handle
                .createQuery("select :period::bigint").bind("period", 1L).bind("agency", 2L).mapTo(Long.class).one()));
    }

    @Test
    void rowsAreReadByColumnNameNotPosition() {
        Figure figure = jdbi.withHandle(handle -> handle.createQuery(
                        "select null::bigint as link, 97.5 as achievement, 'KEMENPANRB' as agency")
                .map(ConstructorMapper.of(Figure.class)).one());
        assertEquals(new Figure("KEMENPANRB", new BigDecimal("97.5"), null), figure);
    }

    @Test
    void aColumnTheRecordLacksFailsTheMapping() {
        assertThrows(IllegalArgumentException.class, () -> jdbi.withHandle(handle -> handle.createQuery(
                        "select 'KEMENPANRB' as agency, 97.5 as achievment, null::bigint as link")
                .map(ConstructorMapper.of(Figure.class)).one()));
    }

    @Test
    void likePatternsMatchTheTextLiterally() {
        String text = "100% _a! \\";
        long matches = jdbi.withHandle(handle -> handle.createQuery("select count(*) from (values (:exact), ('100 x a! \\\\'), "
                        + "('1000 ya!! \\\\')) v(t) where t like :pattern " + Sql.ESCAPE)
                .bind("exact", text).bind("pattern", Sql.containing(text)).mapTo(Long.class).one());
        assertEquals(1, matches);
    }
}
