package id.sinergi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BandsTest {

    @Test
    void readsTheBandsBestFirstAsSqlArrays() {
        Bands bands = Bands.parse("100 Sangat Baik #1a9850; 75 Baik #91CF60;55 Cukup #FEE08B; 0 Kurang #D73027");
        assertEquals("{100,75,55,0}", bands.floors());
        assertEquals("{\"Sangat Baik\",\"Baik\",\"Cukup\",\"Kurang\"}", bands.names());
        assertEquals("{#1A9850,#91CF60,#FEE08B,#D73027}", bands.colours());
        assertEquals("{90.5,0}", Bands.parse("90.5 Tinggi (A) #00FF00; 0 Rendah #FF0000").floors());
    }

    @Test
    void refusesBandsThatDoNotFallToZeroOrCannotBeWrittenSafely() {
        assertEquals("bands run from the best down: floor 80 is not below 75",
                assertThrows(IllegalArgumentException.class, () -> Bands.parse("75 Baik #91CF60; 80 Cukup #FEE08B; 0 K #000000"))
                        .getMessage());
        assertEquals("give 1 to 10 bands, the last from 0",
                assertThrows(IllegalArgumentException.class, () -> Bands.parse("100 A #000000; 50 B #111111")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Bands.parse("0 Baik red"));
        assertThrows(IllegalArgumentException.class, () -> Bands.parse("0 Ba\"ik #000000"));
        assertThrows(IllegalArgumentException.class, () -> Bands.parse("0 Ba,ik #000000"));
        assertThrows(IllegalArgumentException.class, () -> Bands.parse(""));
    }
}
