package cn.gridledger.cli;

import java.io.File;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Child-process probe for {@code bench}: times a plain whole-workbook {@code new XSSFWorkbook(file)} read, the
 * way a naive importer would, and prints the seconds on stdout.
 */
public final class NaiveReadProbe {

    private NaiveReadProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (XSSFWorkbook wb = new XSSFWorkbook(new File(args[0]))) {
            wb.getSheetAt(0).getLastRowNum();
        }
        System.out.println((System.nanoTime() - start) / 1e9);
    }
}
