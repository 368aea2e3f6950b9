package cn.gridledger.logic.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

import cn.gridledger.logic.UserFacingException;

/**
 * Writes a file so that the final name only ever holds a complete file: the content goes to a hidden
 * temporary file in the same folder, is forced to disk, and is then moved over the final name in one
 * atomic rename. If anything fails (full disk, USB stick pulled, a bug in the writer) the temporary
 * file is deleted and any earlier file under the final name is untouched.
 *
 * <p>For exports: {@code AtomicFileWriter.write(target, out -> workbook.write(out));}
 * For code that writes a file itself (e.g. SQLite's backup): {@link #replace}.
 */
public final class AtomicFileWriter {

    /** Writes the content of a file to the given stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces a file at the given (temporary) path. */
    @FunctionalInterface
    public interface FileProducer {
        void produce(Path temporary) throws Exception;
    }

    private final UnaryOperator<OutputStream> streamDecorator;

    /** The writer used in the program. */
    public AtomicFileWriter() {
        this(UnaryOperator.identity());
    }

    /** Tests pass a decorator, e.g. a stream that fails like a full disk after some bytes. */
    public AtomicFileWriter(UnaryOperator<OutputStream> streamDecorator) {
        this.streamDecorator = streamDecorator;
    }

    /** Writes {@code target} atomically with the program's writer. */
    public static void write(Path target, Body body) {
        new AtomicFileWriter().writeFile(target, body);
    }

    public void writeFile(Path target, Body body) {
        replace(target, temporary -> {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream raw = streamDecorator.apply(Channels.newOutputStream(channel));
                    OutputStream out = new BufferedOutputStream(new NotClosing(raw), 64 * 1024)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
        });
    }

    /**
     * Lets {@code producer} create the file at a temporary path beside {@code target}, then moves it
     * over {@code target} atomically. The temporary file exists (empty) when the producer is called.
     */
    public static void replace(Path target, FileProducer producer) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
            producer.produce(temporary);
            forceToDisk(temporary);
            moveAtomically(temporary, absolute);
            temporary = null;
        } catch (UserFacingException e) {
            throw isDiskFull(e) ? translate(absolute, e) : e;
        } catch (Exception e) {
            throw translate(absolute, e);
        } finally {
            deleteQuietly(temporary);
            if (temporary != null) {
                // what SQLite may leave beside a temporary database it was writing when the disk filled
                for (String suffix : new String[] {"-journal", "-wal", "-shm"}) {
                    deleteQuietly(temporary.resolveSibling(temporary.getFileName() + suffix));
                }
            }
        }
    }

    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some file systems on USB sticks: same folder, so a plain rename is the best there is
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A full disk (or pulled stick) as a message a township clerk can act on. */
    static UserFacingException translate(Path target, Throwable e) {
        if (isDiskFull(e)) {
            return new UserFacingException("磁盘空间不足，文件没有写完：" + target.getFileName()
                    + "。已写入的部分已删除，原有文件（如有）保持不变。请清理磁盘或换一个位置后重试。", e);
        }
        return new UserFacingException("无法写入文件：" + target + "（" + e.getMessage()
                + "）。请检查文件夹是否存在、是否有写入权限、U 盘是否已拔出；原有文件（如有）保持不变。", e);
    }

    /** True for the ways a full disk shows up: ENOSPC from Java I/O, SQLITE_FULL from the driver. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("SQLITE_FULL") || m.contains("disk is full")
                    || m.contains("There is not enough space on the disk")) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more can be done; the name starts with a dot and ends in .part
        }
    }

    /** The channel is closed by its own try-with-resources after force(). */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
