package cn.gridledger.logic.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    /** A test double of a disk that fills up after {@code room} bytes. */
    static OutputStream fillsUpAfter(OutputStream out, long room) {
        return new FilterOutputStream(out) {
            long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > room) {
                    throw new IOException("No space left on device");
                }
                written += len;
                out.write(b, off, len);
            }
        };
    }

    @Test
    void writesTheWholeFileUnderTheFinalName() throws IOException {
        Path target = dir.resolve("网格汇总表.xlsx");
        AtomicFileWriter.write(target, out -> out.write("完整内容".getBytes(StandardCharsets.UTF_8)));
        assertEquals("完整内容", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFullDiskLeavesTheEarlierFileAndNoHalfWrittenOne() throws IOException {
        Path target = dir.resolve("report.xlsx");
        Files.writeString(target, "上一次导出的完整文件");
        byte[] before = Files.readAllBytes(target);
        AtomicFileWriter writer = new AtomicFileWriter(out -> fillsUpAfter(out, 100_000));
        UserFacingException e = assertThrows(UserFacingException.class, () -> writer.writeFile(target, out -> {
            byte[] chunk = new byte[8192];
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
        }));
        assertTrue(e.getMessage().startsWith("磁盘空间不足"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(List.of(target), files(), "no temporary file is left behind");
    }

    @Test
    void aFailingWriterLeavesNoFileAtAll() throws IOException {
        Path target = dir.resolve("new.xlsx");
        assertThrows(UserFacingException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(1);
            throw new IOException("workbook writer failed");
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), files());
    }

    /** The real thing where the machine allows it: a 1 MB tmpfs (needs root; skipped otherwise). */
    @Test
    void aRealFullDiskGivesTheSameClearMessage() throws Exception {
        try (TinyDisk disk = TinyDisk.mount(dir.resolve("tiny"))) {
            assumeTrue(disk != null, "cannot mount a tmpfs here");
            Path target = disk.folder().resolve("big.xlsx");
            UserFacingException e = assertThrows(UserFacingException.class, () -> AtomicFileWriter.write(target,
                    out -> out.write(new byte[3 * 1024 * 1024])));
            assertTrue(e.getMessage().startsWith("磁盘空间不足"), e.getMessage());
            try (Stream<Path> left = Files.list(disk.folder())) {
                assertEquals(0, left.count(), "nothing, not even a part file, is left on the full disk");
            }
        }
    }

    private static void assertTrue(boolean b, String message) {
        org.junit.jupiter.api.Assertions.assertTrue(b, message);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !Files.isDirectory(p)).toList();
        }
    }
}
