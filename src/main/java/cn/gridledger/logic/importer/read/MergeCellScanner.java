package cn.gridledger.logic.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code <mergeCell ref="A1:K1"/>} elements of a worksheet part without parsing its XML. The
 * merges follow all the rows, so the StAX pass that reads the top rows would otherwise have to parse every
 * cell of a 100,000-row sheet just to reach them (it was a sixth of a large import).
 *
 * <p>Safe without an XML parser: the caller has already read the part's prologue with the hardened StAX
 * parser (a DOCTYPE is refused there, so no entity can exist), and in XML a {@code <} only ever starts
 * markup. Nothing is expanded or resolved; a tag that is not exactly a merge cell is ignored. The bytes
 * still come through POI's ZipSecureFile stream, with its inflation limits.
 */
final class MergeCellScanner {

    private static final byte[] NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    /** Longer than any real {@code <mergeCell ref="XFD1048576:XFD1048576"/>}. */
    private static final int MAX_TAG = 256;

    private final List<MergedRegion> merges = new ArrayList<>();
    private final int rowLimit;
    private final byte[] tag = new byte[MAX_TAG];
    private int tagLength = -1; // -1: outside a tag we are collecting
    private boolean named; // the tag's name has been read and is mergeCell

    private MergeCellScanner(int rowLimit) {
        this.rowLimit = rowLimit;
    }

    /** The merged regions whose first row is above {@code rowLimit} (0-based, exclusive). */
    static List<MergedRegion> scan(InputStream in, int rowLimit) throws IOException {
        MergeCellScanner scanner = new MergeCellScanner(rowLimit);
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
            scanner.feed(buf, n);
        }
        return scanner.merges;
    }

    /**
     * The bytes of one read, continuing the tag the last one ended in. A method of its own, apart from the
     * stream: the JIT then compiles this small loop by itself instead of a 60 KB loop with the whole
     * inflating stream inlined (half a second of the compiler's one core while an import starts).
     */
    private void feed(byte[] buf, int n) {
        byte[] tag = this.tag;
        int tagLength = this.tagLength;
        boolean named = this.named;
        for (int i = 0; i < n; i++) {
            byte b = buf[i];
            if (tagLength < 0) {
                if (b == '<') {
                    tagLength = 0;
                    named = false;
                }
                continue;
            }
            if (b == '>' || b == '<' || tagLength == MAX_TAG) {
                if (b == '>' && named) {
                    addIfMerge(tag, tagLength, rowLimit, merges);
                }
                tagLength = b == '<' ? 0 : -1;
                named = false;
                continue;
            }
            if (!named && isNameEnd(b)) {
                if (!isMergeCellName(tag, tagLength)) {
                    tagLength = -1; // another element (row, c, v …): skip to the next '<'
                    continue;
                }
                named = true;
            }
            tag[tagLength++] = b;
        }
        this.tagLength = tagLength;
        this.named = named;
    }

    private static boolean isNameEnd(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '/';
    }

    /** Whether tag[0, nameEnd) is {@code mergeCell} or {@code prefix:mergeCell}. */
    private static boolean isMergeCellName(byte[] tag, int nameEnd) {
        int start = nameEnd - NAME.length;
        if (start < 0 || (start > 0 && tag[start - 1] != ':')) {
            return false;
        }
        for (int i = 0; i < NAME.length; i++) {
            if (tag[start + i] != NAME[i]) {
                return false;
            }
        }
        return true;
    }

    private static void addIfMerge(byte[] tag, int length, int rowLimit, List<MergedRegion> merges) {
        String text = new String(tag, 0, length, StandardCharsets.US_ASCII);
        int at = text.indexOf("ref=");
        if (at < 0 || at + 5 >= text.length()) {
            return;
        }
        char quote = text.charAt(at + 4);
        int end = text.indexOf(quote, at + 5);
        if ((quote != '"' && quote != '\'') || end < 0) {
            return;
        }
        String ref = text.substring(at + 5, end);
        if (!ref.contains(":")) {
            return;
        }
        try {
            MergedRegion m = MergedRegion.parse(ref);
            if (m.firstRow() < rowLimit) {
                merges.add(m);
            }
        } catch (IllegalArgumentException ignored) {
            // a damaged ref is not worth refusing the file for
        }
    }
}
