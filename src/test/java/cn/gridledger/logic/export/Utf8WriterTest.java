package cn.gridledger.logic.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The hand-made UTF-8 writer writes exactly the bytes of the JDK's writer, odd surrogates included. */
class Utf8WriterTest {

    private static final String[] PIECES = {"<c r=\"A1\"", "张三明", "130102100201", "𠀀𪚥", "\uD840", "\uDC00", "é",
        "", "a\tb\n", "\uFFFE", "白杨岭乡人民政府（盖章）"};
    private static final long[] NUMBERS = {0, 7, -7, 10, 99, 1_000_000, 9_999_999, -10_000_000, Long.MAX_VALUE,
        Long.MIN_VALUE};

    @Test
    void sameBytesAsTheJdkForMixedWrites() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                    Writer ours = new Utf8Writer(actual)) {
                for (int i = 0; i < 2000; i++) {
                    String s = PIECES[random.nextInt(PIECES.length)];
                    long number = NUMBERS[random.nextInt(NUMBERS.length)];
                    switch (random.nextInt(5)) {
                        case 3 -> {
                            jdk.write(Long.toString(number));
                            ((Utf8Writer) ours).decimal(number);
                        }
                        case 4 -> {
                            jdk.write("<row r=\"");
                            ((Utf8Writer) ours).ascii("<row r=\""); // also right after a lone high surrogate
                        }
                        case 0 -> {
                            jdk.write(s);
                            ours.write(s);
                        }
                        case 1 -> {
                            jdk.write(s.toCharArray(), 0, s.length());
                            ours.write(s.toCharArray(), 0, s.length());
                        }
                        default -> {
                            for (char c : s.toCharArray()) {
                                jdk.write(c);
                                ours.write(c);
                            }
                        }
                    }
                }
            }
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "round " + round);
        }
    }

    @Test
    void longStringsCrossTheBufferBoundary() throws IOException {
        String s = "身份证号130102199001011234".repeat(20_000);
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (Writer ours = new Utf8Writer(actual)) {
            ours.write("x");
            ours.write(s);
        }
        assertArrayEquals(("x" + s).getBytes(StandardCharsets.UTF_8), actual.toByteArray());
    }
}
