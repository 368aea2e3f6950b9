package cn.gridledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which arguments open the window: none, or only the database (as the README says), never a command. */
class MainTest {

    @Test
    void onlyTheDatabaseOpensTheWindowOnIt() {
        assertEquals(Optional.of("/tmp/另一个.db"), Main.windowDatabase(new String[] {"--db", "/tmp/另一个.db"}));
        assertEquals(Optional.of("D:\\台账\\a.db"), Main.windowDatabase(new String[] {"--db=D:\\台账\\a.db"}));
    }

    @Test
    void aCommandOrAnOptionStaysOnTheCommandLine() {
        assertEquals(Optional.empty(), Main.windowDatabase(new String[] {"--db", "a.db", "check"}));
        assertEquals(Optional.empty(), Main.windowDatabase(new String[] {"--db", "--help"}));
        assertEquals(Optional.empty(), Main.windowDatabase(new String[] {"--db="}));
        assertEquals(Optional.empty(), Main.windowDatabase(new String[] {"--help"}));
        assertEquals(Optional.empty(), Main.windowDatabase(new String[] {"check"}));
    }
}
