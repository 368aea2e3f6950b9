package cn.gridledger.logic.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook with our sheet writer ({@link FastSheetDataWriter}) and the fastest deflate
 * level: a 180,000-row roster is mostly repetitive XML, so the file grows a little and the export gets
 * markedly faster.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** The writer POI asked for last: the sheet constructor asks for its own, once. */
    private FastSheetDataWriter lastWriter;

    StreamingWorkbook(int window) {
        super(window);
        setCompressTempFiles(false);
    }

    /** A sheet together with the writer of its XML, for rows written without POI row objects. */
    record StreamedSheet(SXSSFSheet sheet, FastSheetDataWriter rows) {
    }

    StreamedSheet createStreamedSheet(String name) {
        SXSSFSheet sheet = createSheet(name);
        return new StreamedSheet(sheet, lastWriter);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        lastWriter = new FastSheetDataWriter();
        return lastWriter;
    }
}
