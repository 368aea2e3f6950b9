package cn.gridledger.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.io.TinyDisk;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.model.Quarter;

/** Exports on a full disk leave nothing half-written, and every export is in the audit log. */
class ExportSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskGivesAClearMessageAndLeavesNoFileBehind() throws Exception {
        try (AppServices app = AppServices.open(dir.resolve("full.db"));
                TinyDisk disk = TinyDisk.mount(dir.resolve("stick"))) {
            assumeTrue(disk != null, "mounting a tmpfs needs root on Linux");
            app.demo().generate(300, 1, Progress.NONE);
            // leave only ~60 KB free: the household ledger of 300 households does not fit
            Files.write(disk.folder().resolve("filler.bin"), new byte[1024 * 1024 - 60 * 1024]);
            Request request = new Request(Quarter.current().previous(), null, Footer.empty());
            UserFacingException e = assertThrows(UserFacingException.class, () -> app.reports()
                    .export(List.of(ReportKind.HOUSEHOLD_LEDGER), request, disk.folder(), false, Progress.NONE));
            assertTrue(e.getMessage().contains("磁盘空间不足"), e.getMessage());
            try (Stream<Path> left = Files.list(disk.folder())) {
                assertEquals(List.of("filler.bin"), left.map(p -> p.getFileName().toString()).toList(),
                        "no workbook and no .part file may be left");
            }
        }
    }

    @Test
    void theMaskedVariantHidesIdNumbersAndPhonesButNothingElse() throws Exception {
        try (AppServices app = AppServices.open(dir.resolve("mask.db"))) {
            app.demo().generate(60, 1, Progress.NONE);
            Request request = new Request(Quarter.current().previous(), null, Footer.empty());
            Path plain = app.reports().export(List.of(ReportKind.HOUSEHOLD_LEDGER), request, dir.resolve("plain"),
                    false, false, Progress.NONE).files().get(0).file();
            Path masked = app.reports().export(List.of(ReportKind.HOUSEHOLD_LEDGER), request, dir.resolve("masked"),
                    false, true, Progress.NONE).files().get(0).file();
            try (var a = new org.apache.poi.xssf.usermodel.XSSFWorkbook(plain.toFile());
                    var b = new org.apache.poi.xssf.usermodel.XSSFWorkbook(masked.toFile())) {
                var pa = a.getSheetAt(0);
                var pb = b.getSheetAt(0);
                int headerRow = findRow(pa, "身份证号");
                int idCol = findColumn(pa.getRow(headerRow), "身份证号");
                int nameCol = findColumn(pa.getRow(headerRow), "姓名");
                String id = pa.getRow(headerRow + 1).getCell(idCol).getStringCellValue();
                String hidden = pb.getRow(headerRow + 1).getCell(idCol).getStringCellValue();
                assertEquals(18, id.length());
                assertEquals(id.substring(0, 4) + "**********" + id.substring(14), hidden);
                assertEquals(pa.getRow(headerRow + 1).getCell(nameCol).getStringCellValue(),
                        pb.getRow(headerRow + 1).getCell(nameCol).getStringCellValue(), "names stay");
                assertEquals(pa.getLastRowNum(), pb.getLastRowNum(), "same rows");
                // #15: no mobile number left anywhere, also not in 户联系电话 or inside 防返贫监测记录
                var mobile = java.util.regex.Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
                int phonesInMonitoring = 0;
                for (var row : pa) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getStringCellValue().contains("，电话：")) {
                            phonesInMonitoring++;
                        }
                    }
                }
                assertTrue(phonesInMonitoring > 0, "the sample has monitoring records with a phone");
                for (var row : pb) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            assertFalse(mobile.matcher(cell.getStringCellValue()).find(),
                                    cell.getAddress() + ": " + cell.getStringCellValue());
                        }
                    }
                }
            }
        }
    }

    private static int findRow(org.apache.poi.ss.usermodel.Sheet sheet, String label) {
        for (int r = 0; r < 10; r++) {
            if (sheet.getRow(r) != null && findColumn(sheet.getRow(r), label) >= 0) {
                return r;
            }
        }
        throw new AssertionError("no header " + label);
    }

    private static int findColumn(org.apache.poi.ss.usermodel.Row row, String label) {
        for (var cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && cell.getStringCellValue().equals(label)) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    @Test
    void everyExportedFileIsRecordedInTheAuditLog() {
        try (AppServices app = AppServices.open(dir.resolve("audit.db"))) {
            app.demo().generate(100, 1, Progress.NONE);
            Request request = new Request(Quarter.current().previous(), null, Footer.empty());
            var summary = app.reports().export(List.of(ReportKind.GRID_SUMMARY, ReportKind.RESERVE), request,
                    dir.resolve("out"), false, Progress.NONE);
            assertEquals(2, summary.files().size());
            long exports = app.audit().search(AuditFilter.latest(100)).stream()
                    .filter(a -> a.action() == AuditAction.EXPORT).count();
            assertEquals(2, exports);
            assertFalse(summary.files().isEmpty());
        }
    }
}
