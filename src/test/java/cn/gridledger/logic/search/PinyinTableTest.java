package cn.gridledger.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The committed initials table is what pinyin4j says, character by character. */
class PinyinTableTest {

    @Test
    void theTableMatchesPinyin4j() throws IOException {
        String committed;
        try (InputStream in = PinyinInitials.class.getResourceAsStream(PinyinInitials.TABLE_RESOURCE)) {
            committed = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertEquals(PinyinTableGenerator.table(), committed, "run PinyinTableGenerator to write the table again");
    }

    /** pinyin4j is a test dependency only: outside the table the program must answer as pinyin4j does. */
    @Test
    void everyCharacterOutsideTheTableGetsWhatPinyin4jGives() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (ch < PinyinInitials.TABLE_FIRST || ch > PinyinInitials.TABLE_LAST) {
                assertEquals(PinyinTableGenerator.lookUp(ch), PinyinInitials.initialsOf(ch), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void charactersInAndOutsideTheTableGetTheirInitials() {
        assertEquals("cz", PinyinInitials.initialsOf('曾'));
        assertEquals("l", PinyinInitials.initialsOf('〇'));
        assertEquals("a", PinyinInitials.initialsOf('A'));
        assertEquals("", PinyinInitials.initialsOf('·'));
    }
}
