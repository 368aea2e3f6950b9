package cn.gridledger.logic.importer.read;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gridledger.logic.importer.ImportRefusedException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CVE-2025-31672: an .xlsx holding two zip entries of the same name could be read differently by
 * different programs (one shows a harmless sheet, the importer reads the other). POI 5.4+ refuses
 * such a package; the importer must pass that on as a Chinese refusal, not read either copy.
 */
class DuplicateZipEntryTest {

    @TempDir
    Path dir;

    @Test
    void anXlsxWithTwoEntriesOfTheSameNameIsRefused() throws Exception {
        Path good = dir.resolve("good.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(good)) {
            wb.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
            wb.write(out);
        }
        try (SourceWorkbook ok = WorkbookReader.open(good)) {
            assertTrue(ok.sheets().size() == 1, "the unaltered workbook opens");
        }

        Path twin = withDuplicatedEntry(good, "xl/worksheets/sheet1.xml");
        ImportRefusedException e = assertThrows(ImportRefusedException.class, () -> {
            try (SourceWorkbook wb = WorkbookReader.open(twin)) {
                wb.rows(0).close();
            }
        });
        assertTrue(e.getMessage().chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), e.getMessage());
    }

    /**
     * Java's ZipOutputStream refuses duplicate names, so the copy is written under a name of the same
     * length and renamed in the bytes afterwards (local header and central directory alike).
     */
    private Path withDuplicatedEntry(Path source, String name) throws Exception {
        String stand = name.substring(0, name.length() - 1) + "#";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                byte[] data;
                try (InputStream in = zip.getInputStream(entry)) {
                    data = in.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
                if (entry.getName().equals(name)) {
                    out.putNextEntry(new ZipEntry(stand));
                    out.write(data);
                    out.closeEntry();
                }
            }
        }
        byte[] zipBytes = bytes.toByteArray();
        byte[] from = stand.getBytes(StandardCharsets.US_ASCII);
        byte[] to = name.getBytes(StandardCharsets.US_ASCII);
        int replaced = 0;
        for (int i = 0; i + from.length <= zipBytes.length; i++) {
            if (java.util.Arrays.equals(zipBytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zipBytes, i, to.length);
                replaced++;
            }
        }
        assertTrue(replaced == 2, "renamed in the local header and the central directory");
        Path twin = dir.resolve("twin.xlsx");
        Files.write(twin, zipBytes);
        return twin;
    }
}
