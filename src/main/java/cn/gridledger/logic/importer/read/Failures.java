package cn.gridledger.logic.importer.read;

import cn.gridledger.logic.importer.ImportRefusedException;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;

/** Turns whatever a reader library throws into an ImportRefusedException the user can act on. */
final class Failures {

    private Failures() {
    }

    static <T> T guard(Supplier<T> action) {
        try {
            return action.get();
        } catch (ImportRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw classify(e);
        }
    }

    static ImportRefusedException classify(Throwable e) {
        if (e instanceof ImportRefusedException r) {
            return r;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return ImportRefusedException.encrypted();
            }
            if (t instanceof OldExcelFormatException) {
                return ImportRefusedException.unsupported("Excel 5.0/95 或更早版本的 .xls");
            }
            if (looksHostile(t.getMessage())) {
                return ImportRefusedException.hostile(e);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return ImportRefusedException.corrupt(null, e);
    }

    /** Zip bombs and entity tricks are reported by POI and the XML parser only through their messages. */
    private static boolean looksHostile(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("zip bomb") || m.contains("doctype") || m.contains("entity")
                || m.contains("entityexpansion") || m.contains("dtd") || m.contains("max entry size")
                || m.contains("too many") && m.contains("characters");
    }
}
