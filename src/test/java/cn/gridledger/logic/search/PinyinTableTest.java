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

    @Test
    void charactersInAndOutsideTheTableGetTheirInitials() {
        assertEquals("cz", PinyinInitials.initialsOf('曾'));
        assertEquals("l", PinyinInitials.initialsOf('〇'));
        assertEquals("a", PinyinInitials.initialsOf('A'));
        assertEquals("", PinyinInitials.initialsOf('·'));
    }
}
