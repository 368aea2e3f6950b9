package cn.gridledger.logic.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.importer.PoiCorpusAccess;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's own reading of the styles part gives what POI's StylesTable gives, style by style. */
class XlsxStylesTest {

    @TempDir
    Path dir;

    @Test
    void customDateTextAndBuiltinFormatsAreReadAsPoiReadsThem() throws Exception {
        Path file = dir.resolve("formats.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("花名册");
            String[] formats = {"yyyy-mm-dd", "@", "yyyy\"年\"m\"月\"", "0.00", "m/d/yy", "[$-804]yyyy年m月d日", "0%"};
            int r = 0;
            for (String f : formats) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(f));
                sheet.createRow(r++).createCell(0).setCellStyle(style);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        int compared = sameAsPoi(file);
        assertTrue(compared >= 8, "the default style and the seven made here: " + compared);
    }

    @Test
    void everyXlsxOfThePoiCorpusReadsAsPoiReadsIt() throws Exception {
        Path corpus = PoiCorpusAccess.dir();
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "shared/testdata/poi-corpus not found");
        List<String> compared = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xlsm")).sorted().toList()) {
                OPCPackage pkg;
                try {
                    pkg = OPCPackage.open(f.toFile(), PackageAccess.READ);
                } catch (Exception | Error notAPackage) {
                    continue; // refused before styles are read, by either route
                }
                try (pkg) {
                    StylesTable poi;
                    try {
                        poi = new XSSFReader(pkg).getStylesTable();
                    } catch (Exception | Error poiRefuses) {
                        continue; // the file is refused either way (PoiCorpusTest checks how)
                    }
                    compare(f.getFileName().toString(), poi, XlsxStyles.read(pkg));
                    compared.add(f.getFileName().toString());
                }
            }
        }
        assertTrue(compared.size() >= 10, "compared " + compared);
    }

    private static int sameAsPoi(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            StylesTable poi = new XSSFReader(pkg).getStylesTable();
            compare(file.getFileName().toString(), poi, XlsxStyles.read(pkg));
            return poi.getNumCellStyles();
        }
    }

    private static void compare(String name, StylesTable poi, XlsxStyles ours) {
        int count = poi == null ? 0 : poi.getNumCellStyles();
        assertEquals(count, ours.count(), name + ": number of cell styles");
        for (int i = 0; i < count; i++) {
            XSSFCellStyle style = poi.getStyleAt(i);
            String expected = style.getDataFormatString();
            if (expected == null) {
                expected = org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(style.getDataFormat());
            }
            assertEquals((int) style.getDataFormat(), ours.numFmtId(i), name + " style " + i + ": format id");
            assertEquals(expected, ours.formatString(i), name + " style " + i + ": format");
        }
    }
}
