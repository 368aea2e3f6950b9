package cn.gridledger.logic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SessionTest {

    @Test
    void rolesDecideWhatMayBeReadEditedAndSeen() {
        Session s = new Session();
        assertTrue(s.canEdit(7L), "the command line acts as administrator");
        s.signIn(new CurrentUser(2, "grid", "李网格", Role.GRID_WORKER, Set.of(7L)));
        assertTrue(s.canRead(7L));
        assertTrue(s.canEdit(7L));
        assertFalse(s.canRead(8L));
        assertFalse(s.canEdit(null));
        assertThrows(AccessDeniedException.class, () -> s.requireEdit(8L));
        assertThrows(AccessDeniedException.class, s::requireImport);
        assertFalse(s.mustMaskPersonalData());
        s.signIn(new CurrentUser(3, "view", "王芳", Role.READ_ONLY, Set.of()));
        assertTrue(s.canRead(8L));
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> s.requireEdit(8L));
        assertTrue(e.getMessage().contains("只读"));
        assertTrue(s.mustMaskPersonalData());
        s.requireExport(cn.gridledger.logic.report.ReportKind.CADRE_ROSTER, null);
        s.signOut();
        assertThrows(AccessDeniedException.class, s::who);
    }

    @Test
    void aGridWorkerExportsTheLedgerOnlyOfOwnGrids() {
        Session s = new Session();
        assertTrue(s.canExportLedger(null), "the command line may export the whole township");
        s.signIn(new CurrentUser(2, "grid", "李网格", Role.GRID_WORKER, Set.of(7L)));
        assertTrue(s.canExportLedger(7L));
        assertFalse(s.canExportLedger(8L));
        assertFalse(s.canExportLedger(null), "a village or the township holds other workers' grids");
        s.signIn(new CurrentUser(3, "view", "王芳", Role.READ_ONLY, Set.of()));
        assertTrue(s.canExportLedger(null));
    }

    @Test
    void idNumbersAndPhonesAreMasked() {
        assertEquals("2204**********123X", PersonalData.maskIdNumber("22040319900101123X"));
        assertEquals("139****1234", PersonalData.maskPhone("13912341234"));
        assertEquals("****5678", PersonalData.maskPhone("04315678"));
        assertEquals(null, PersonalData.maskIdNumber(null));
    }

    @Test
    void passwordHashesAreArgon2idAndSalted() {
        String a = PasswordHasher.hash("密码123456");
        String b = PasswordHasher.hash("密码123456");
        assertTrue(a.startsWith("$argon2id$"), a);
        assertFalse(a.equals(b), "a fresh salt each time");
        assertTrue(PasswordHasher.matches("密码123456", a));
        assertFalse(PasswordHasher.matches("密码12345", a));
        assertFalse(PasswordHasher.matches("x", "plain-text"));
    }
}
