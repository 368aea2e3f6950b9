package cn.gridledger.logic.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Reading whole entries of the program's own zip files (交换包, 县级汇总包). */
public final class ZipEntries {

    private ZipEntries() {
    }

    /** The entry's bytes; a missing entry or a flipped byte (the entry's CRC) is a {@link ZipException}. */
    public static byte[] read(ZipFile zip, String entry, String fileName) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new ZipException("missing " + entry + " in " + fileName);
        }
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }
}
