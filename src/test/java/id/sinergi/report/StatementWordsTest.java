package id.sinergi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * When two statements count as near-identical (SQL functions statement_words and statement_signatures):
 * the same content words but for at most one, straight against the database.
 */
@QuarkusTest
class StatementWordsTest {

    @Inject
    DataSource dataSource;

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "Program pelayanan publik terpadu | program PELAYANAN publik terpadu | true",
            "Program pelayanan publik terpadu | Terpadu: program, pelayanan publik! | true",
            "Pemantauan aduan LAPOR! atas program prioritas nasional | Pemantauan aduan LAPOR! atas program prioritas nasional di daerah | true",
            "Program pelayanan publik terpadu | Program pelayanan publik terpadu daerah | true",
            "Program pelayanan publik terpadu | Program pelayanan perizinan terpadu | true",
            "Program pelayanan publik terpadu | Program layanan perizinan terpadu | false",
            "Pelatihan guru | Pelatihan bidan | false",
            "Pelatihan guru | Pelatihan guru | true"})
    void nearIdenticalStatementsShareASignature(String one, String other, boolean shared) throws Exception {
        String sql = "select exists (select 1 from statement_signatures(statement_words(?)) a (h) "
                + "join statement_signatures(statement_words(?)) b (h) on a.h = b.h)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, one);
            statement.setString(2, other);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                assertEquals(shared, row.getBoolean(1));
            }
        }
    }
}
