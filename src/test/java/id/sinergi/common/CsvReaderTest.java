package id.sinergi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsAndKnowsTheLineEachRecordStartsOn() {
        List<CsvReader.Record> records = CsvReader.read("\uFEFFcode,name\r\n1.02.02,\"PROGRAM \"\"A\"\", B\"\r\n\r\n"
                + "1.02.02.2.01,\"two\nlines\"\n1.02.02.2.02,last");
        assertEquals(List.of("code", "name"), records.get(0).fields());
        assertEquals(List.of("1.02.02", "PROGRAM \"A\", B"), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(List.of("1.02.02.2.01", "two\nlines"), records.get(2).fields());
        assertEquals(4, records.get(2).line());
        assertEquals(6, records.get(3).line());
        assertEquals(4, records.size());
    }

    @Test
    void refusesTextThatIsNotCsvNamingTheLine() {
        assertEquals(2, assertThrows(CsvReader.MalformedCsv.class, () -> CsvReader.read("a,b\nc,\"d")).line());
        assertEquals(1, assertThrows(CsvReader.MalformedCsv.class, () -> CsvReader.read("a,b\"c\"")).line());
        assertEquals(1, assertThrows(CsvReader.MalformedCsv.class, () -> CsvReader.read("\"a\"b,c")).line());
        assertEquals(List.of(), CsvReader.read(""));
    }
}
