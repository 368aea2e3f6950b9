package cn.gridledger.logic.importer.read;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted fields, doubled quotes, commas and line breaks inside quotes. A field written as
 * {@code ="…"} (Excel's trick to keep leading zeros and long IDs) is unwrapped to its text.
 */
final class CsvParser {

    private CsvParser() {
    }

    static List<List<String>> parse(String text) {
        char delimiter = guessDelimiter(text);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                if (field.length() == 1 && field.charAt(0) == '=') {
                    field.setLength(0); // ="0123": Excel's way to keep a text; the = is not part of it
                }
                quoted = true;
                fieldWasQuoted = true;
            } else if (ch == delimiter) {
                row.add(finish(field));
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(finish(field));
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || fieldWasQuoted || !row.isEmpty()) {
            row.add(finish(field));
            rows.add(row);
        }
        return rows;
    }

    /**
     * A field that still reads {@code ="…"} (a writer that quoted the whole of it: {@code "=""0123"""}) is
     * unwrapped too; any other text starting with {@code =} is kept as written ("=1+1" is a text here).
     */
    private static String finish(StringBuilder field) {
        String s = field.toString();
        if (s.length() >= 3 && s.startsWith("=\"") && s.endsWith("\"")) {
            return s.substring(2, s.length() - 1);
        }
        return s;
    }

    /** Tab-separated exports are saved with a .csv name too; pick the separator the first line uses more. */
    private static char guessDelimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long tabs = first.chars().filter(c -> c == '\t').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
    }
}
