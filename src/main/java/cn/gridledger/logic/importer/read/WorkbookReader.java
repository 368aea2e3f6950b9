package cn.gridledger.logic.importer.read;

import cn.gridledger.logic.importer.ImportRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens .xlsx, .xls and .csv files safely. The format is recognised from the content, never the extension,
 * because users rename files freely. Every failure is an {@link ImportRefusedException} with a Chinese message.
 */
public final class WorkbookReader {

    /** Larger files are refused before anything is parsed: a township roster is a few MB at most. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private WorkbookReader() {
    }

    public static SourceWorkbook open(Path file) {
        byte[] head = readHead(file);
        if (head.length == 0) {
            throw ImportRefusedException.empty();
        }
        SourceWorkbook workbook;
        if (startsWith(head, OLE2)) {
            workbook = openOle2(file);
        } else if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
            workbook = openZip(file);
        } else if (isRawBiff(head)) {
            throw ImportRefusedException.unsupported("Excel 2.x/3.x/4.x 旧版 .xls");
        } else if (looksBinary(head)) {
            throw ImportRefusedException.unsupported("无法识别的二进制文件");
        } else {
            workbook = CsvWorkbook.open(file);
        }
        return requireData(workbook);
    }

    private static byte[] readHead(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw ImportRefusedException.tooLarge(size / (1024 * 1024) + " MB，上限 " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(4096);
            }
        } catch (IOException e) {
            throw new ImportRefusedException(ImportRefusedException.Reason.CORRUPT, "无法读取文件：" + file.getFileName(), e);
        }
    }

    private static SourceWorkbook openOle2(Path file) {
        Set<String> names = new HashSet<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            for (Entry entry : root) {
                names.add(entry.getName().toUpperCase(java.util.Locale.ROOT));
            }
        } catch (IOException | RuntimeException e) {
            throw Failures.classify(e);
        }
        // an encrypted .xlsx is an OLE2 container holding EncryptionInfo + EncryptedPackage
        if (names.contains("ENCRYPTIONINFO") || names.contains("ENCRYPTEDPACKAGE")) {
            throw ImportRefusedException.encrypted();
        }
        if (names.contains("WORKBOOK") || names.contains("BOOK")) {
            return XlsWorkbook.open(file); // a BIFF5 "Book" stream ends as UNSUPPORTED_FORMAT inside POI
        }
        throw ImportRefusedException.unsupported("不是 Excel 工作簿的 Office 文件");
    }

    private static SourceWorkbook openZip(Path file) {
        List<String> names = new ArrayList<>();
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                names.add(entry.getName());
            }
        } catch (IOException | RuntimeException e) {
            throw ImportRefusedException.corrupt("压缩结构无效", e);
        }
        if (names.contains("xl/workbook.bin")) {
            throw ImportRefusedException.unsupported(".xlsb 二进制工作簿");
        }
        if (names.contains("mimetype") || names.contains("content.xml")) {
            throw ImportRefusedException.unsupported("OpenDocument .ods");
        }
        if (!names.contains("[Content_Types].xml")) {
            throw ImportRefusedException.corrupt("缺少 [Content_Types].xml", null);
        }
        return XlsxWorkbook.open(file);
    }

    /** BIFF2–4 files are a bare record stream starting with a BOF record (09 00 / 09 02 / 09 04). */
    private static boolean isRawBiff(byte[] head) {
        return head.length >= 4 && head[0] == 0x09 && (head[1] == 0x00 || head[1] == 0x02 || head[1] == 0x04 || head[1] == 0x08)
                && head[3] == 0x00;
    }

    private static boolean looksBinary(byte[] head) {
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        if (utf16) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A workbook without a single filled cell in any sheet is refused as EMPTY. */
    private static SourceWorkbook requireData(SourceWorkbook workbook) {
        try {
            for (SheetInfo sheet : workbook.sheets()) {
                if (!workbook.topArea(sheet.index()).isBlank()) {
                    return workbook;
                }
                try (RowStream rows = workbook.rows(sheet.index())) {
                    while (rows.hasNext()) {
                        if (!rows.next().isBlank()) {
                            return workbook;
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            workbook.close();
            throw Failures.classify(e);
        }
        workbook.close();
        throw ImportRefusedException.empty();
    }
}
