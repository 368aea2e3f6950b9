package cn.gridledger.logic.importer.layouts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** CSV as platforms export it: comma separated, CRLF, optional BOM, {@code ="…"} kept verbatim. */
final class Csv {

    private final List<String> lines = new ArrayList<>();

    /** Appends a line; returns its 1-based number (as the importer counts CSV rows). */
    int row(Object... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = values[i] == null ? "" : values[i].toString();
            boolean formula = v.startsWith("=\"") && v.endsWith("\"");
            if (!formula && (v.contains(",") || v.contains("\"") || v.contains("\n"))) {
                v = "\"" + v.replace("\"", "\"\"") + "\"";
            }
            sb.append(v);
        }
        lines.add(sb.toString());
        return lines.size();
    }

    /** {@code ="220422…"}: how exports keep Excel from turning a long number into 2.20422E+17. */
    static String asText(String digits) {
        return "=\"" + digits + "\"";
    }

    Path save(Path file, Charset charset, boolean bom) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.write(String.join("\r\n", lines).concat("\r\n").getBytes(charset));
        Files.write(file, out.toByteArray());
        return file;
    }
}
