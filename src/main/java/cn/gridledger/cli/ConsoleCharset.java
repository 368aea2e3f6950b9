package cn.gridledger.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * The encoding the console (or the file the output is redirected to) expects, so that Chinese text is
 * readable in a Windows cp936 console as well as in a UTF-8 terminal.
 *
 * <p>Why not the defaults: the launchers run Java with {@code -Dfile.encoding=UTF-8}, and a
 * {@code new PrintWriter(System.out)} encodes with that default charset, so a Chinese Windows console
 * (code page 936) showed UTF-8 bytes as mojibake. picocli 4.7 itself looks at {@code sun.stdout.encoding}
 * only, which Java 17 sets on Windows when the output is a console; Java 19+ also sets
 * {@code stdout.encoding} (always). Order here: {@code sun.stdout.encoding} (the console's code page),
 * {@code stdout.encoding}, then the default charset — unless that cannot write Chinese at all (a
 * {@code LANG=C} shell), where UTF-8 is the better guess.
 */
final class ConsoleCharset {

    private ConsoleCharset() {
    }

    static Charset stdout() {
        return choose(System.getProperty("sun.stdout.encoding"), System.getProperty("stdout.encoding"));
    }

    static Charset stderr() {
        return choose(System.getProperty("sun.stderr.encoding"), System.getProperty("stderr.encoding"));
    }

    static PrintWriter stdoutWriter() {
        return writer(System.out, stdout());
    }

    static PrintWriter stderrWriter() {
        return writer(System.err, stderr());
    }

    /** System.out passes bytes through unchanged: the text is encoded once, here, in the console's charset. */
    private static PrintWriter writer(OutputStream out, Charset charset) {
        return new PrintWriter(new OutputStreamWriter(out, charset), true);
    }

    static Charset choose(String consoleEncoding, String streamEncoding) {
        for (String name : new String[] {consoleEncoding, streamEncoding}) {
            Charset c = charsetOrNull(name);
            if (c != null) {
                return c;
            }
        }
        Charset fallback = Charset.defaultCharset();
        return fallback.newEncoder().canEncode("网格台账") ? fallback : StandardCharsets.UTF_8;
    }

    private static Charset charsetOrNull(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.equalsIgnoreCase("cp65001")) { // the UTF-8 code page (chcp 65001)
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
