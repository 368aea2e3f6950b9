package cn.gridledger.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The preload writes its sample through the real report writer without touching any file. */
class ExcelPreloadTest {

    @Test
    void theSampleReportIsWrittenToNowhere() {
        assertEquals(1, ExcelPreload.writeSample(), "one data row (the 合计 row is not counted)");
    }
}
