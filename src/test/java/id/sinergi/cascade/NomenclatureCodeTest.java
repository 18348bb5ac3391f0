package id.sinergi.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NomenclatureCodeTest {

    @Test
    void eachLevelHasItsFormat() {
        assertEquals(Level.PROGRAM, NomenclatureCode.levelOf("1.02.02"));
        assertEquals(Level.PROGRAM, NomenclatureCode.levelOf("X.XX.01"));
        assertEquals(Level.ACTIVITY, NomenclatureCode.levelOf("1.02.02.2.01"));
        assertEquals(Level.SUB_ACTIVITY, NomenclatureCode.levelOf("1.02.02.2.01.0001"));
        assertEquals(Level.SUB_ACTIVITY, NomenclatureCode.levelOf("X.XX.01.2.01.0001"));
        for (String bad : new String[] {"", "1.02", "1.2.02", "0.02.02", "X.02.01", "1.XX.01", "1.02.02.0.01",
                "1.02.02.2.1", "1.02.02.2.01.001", "1.02.02.2.01.00001", "1.02.02 ", "1,02,02", "１.02.02"}) {
            assertNull(NomenclatureCode.levelOf(bad), bad);
        }
        assertFalse(NomenclatureCode.fits("1.02.02", Level.ACTIVITY));
        assertFalse(NomenclatureCode.coded(Level.TARGET));
        assertFalse(NomenclatureCode.fits("1.02.02.2.01.0001" + "1".repeat(10_000), Level.SUB_ACTIVITY));
    }

    @Test
    void aCodeBelongsToItsAffairUnlessItServesEvery() {
        assertEquals("1.02", NomenclatureCode.affair("1.02.02.2.01.0001"));
        assertNull(NomenclatureCode.affair("X.XX.01.2.01.0001"));
        assertTrue(NomenclatureCode.extendsCode("1.02.02.2.01", "1.02.02"));
        assertFalse(NomenclatureCode.extendsCode("1.02.021.2.01", "1.02.02"));
    }
}
