package id.sinergi.realisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.sinergi.cascade.Reporting;

/** The plain-Java rules of the monitoring year: reporting periods, verification transitions, evidence types. */
class MonitoringRulesTest {

    @Test
    void readsReportingPeriods() {
        assertEquals(new ReportingPeriod(2025, "Y", 12), ReportingPeriod.parse("2025"));
        assertEquals(new ReportingPeriod(2025, "Q2", 6), ReportingPeriod.parse("2025-Q2"));
        assertEquals(new ReportingPeriod(2025, "M05", 5), ReportingPeriod.parse("2025-M05"));
        assertEquals("2025-M05", ReportingPeriod.parse("2025-M05").toString());
        assertEquals("2025", ReportingPeriod.parse("2025").toString());
        for (String wrong : Arrays.asList("2025-Q0", "2025-Q5", "2025-M00", "2025-M13", "2025-M5", "25", "2025-", "2025-Y", null)) {
            assertNull(ReportingPeriod.parse(wrong), wrong);
        }
        assertTrue(ReportingPeriod.parse("2025-Q4").belongsTo(Reporting.QUARTERLY));
        assertFalse(ReportingPeriod.parse("2025-Q4").belongsTo(Reporting.MONTHLY));
        assertFalse(ReportingPeriod.parse("2025").belongsTo(Reporting.QUARTERLY));
        assertTrue(ReportingPeriod.parse("2025").belongsTo(Reporting.YEARLY));
    }

    @Test
    void movesThroughVerification() {
        List<RealisationStatus> all = List.of(RealisationStatus.values());
        assertEquals(List.of(RealisationStatus.SUBMITTED), all.stream().filter(RealisationStatus.DRAFT::canMoveTo).toList());
        assertEquals(List.of(RealisationStatus.VERIFIED, RealisationStatus.RETURNED),
                all.stream().filter(RealisationStatus.SUBMITTED::canMoveTo).toList());
        assertEquals(List.of(RealisationStatus.RETURNED), all.stream().filter(RealisationStatus.VERIFIED::canMoveTo).toList());
        assertEquals(List.of(RealisationStatus.SUBMITTED), all.stream().filter(RealisationStatus.RETURNED::canMoveTo).toList());
        assertEquals(List.of(RealisationStatus.DRAFT, RealisationStatus.RETURNED),
                all.stream().filter(RealisationStatus::editable).toList());
    }

    @Test
    void takesEvidenceOnlyWhenItIsWhatItSays() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertEquals(Optional.empty(), EvidenceTypes.mismatch("image/png", png));
        assertTrue(EvidenceTypes.mismatch("image/jpeg", png).isPresent());
        assertTrue(EvidenceTypes.mismatch("application/pdf", "%PD".getBytes(StandardCharsets.US_ASCII)).isPresent());
        assertEquals(Optional.empty(), EvidenceTypes.mismatch("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                new byte[] {'P', 'K', 3, 4, 20}));
        assertEquals(Optional.empty(), EvidenceTypes.mismatch("text/csv", "nama,nilai\nJawa Tengah,74.8\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(EvidenceTypes.mismatch("text/csv", new byte[] {'a', 0, 'b'}).isPresent());
        assertFalse(EvidenceTypes.accepted("text/html"));
        assertFalse(EvidenceTypes.accepted("image/svg+xml"));
    }
}
