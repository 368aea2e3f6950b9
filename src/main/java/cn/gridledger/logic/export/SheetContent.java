package cn.gridledger.logic.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import cn.gridledger.logic.UserFacingException;

/**
 * What an exported workbook says, sheet by sheet, regardless of how the file's bytes came out (a workbook
 * written twice differs in its zip timestamps): the title, the footer's parts and a SHA-256 of every cell's
 * position, type and value. 报送 (#15) compares a file with the report rendered again by this digest.
 */
public final class SheetContent {

    /** One sheet: its title (A1), the footer's four parts (填表人… 填报日期…; empty when none) and the digest. */
    public record Sheet(String name, String title, List<String> footer, String cellsSha256) {
    }

    private SheetContent() {
    }

    /** Every sheet of the .xlsx at {@code file}. */
    public static List<Sheet> read(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            List<Sheet> out = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                out.add(sheet(s));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("无法读取 " + file.getFileName() + "：它不是本程序导出的 Excel 文件，或已损坏。", e);
        }
    }

    /** SHA-256 (hex) of the file's bytes, as handed to the county. */
    public static String fileSha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = sha256();
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UserFacingException("无法读取 " + file.getFileName() + "：" + e.getMessage(), e);
        }
    }

    private static Sheet sheet(org.apache.poi.ss.usermodel.Sheet s) {
        MessageDigest md = sha256();
        String title = "";
        List<String> footer = new ArrayList<>();
        for (Row row : s) {
            Cell first = row.getCell(0);
            boolean footerRow = first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().startsWith("填表人：");
            for (Cell cell : row) {
                String value = value(cell);
                if (value == null) {
                    continue;
                }
                if (row.getRowNum() == 0 && cell.getColumnIndex() == 0) {
                    title = value;
                }
                if (footerRow) {
                    footer.add(value);
                }
                md.update((row.getRowNum() + "," + cell.getColumnIndex() + "," + cell.getCellType() + "," + value + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return new Sheet(s.getSheetName(), title, List.copyOf(footer), HexFormat.of().formatHex(md.digest()));
    }

    /** The cell's value as text (a number in Java's form, exact), null for an empty cell. */
    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            default -> null;
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
