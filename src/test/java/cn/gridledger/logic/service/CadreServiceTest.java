package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.security.AccessDeniedException;
import cn.gridledger.logic.security.AuditEntry;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.CadreService.CadreEdit;
import cn.gridledger.logic.service.CadreService.CadreFilter;
import cn.gridledger.logic.service.CadreService.CadreRow;
import cn.gridledger.logic.service.CadreService.ExistingPersonException;
import cn.gridledger.logic.service.CadreService.InvalidCadreException;
import cn.gridledger.logic.service.CadreService.PersonInput;
import cn.gridledger.logic.service.CadreService.PostEnd;
import cn.gridledger.logic.service.CadreService.PostInput;
import cn.gridledger.logic.service.CadreService.ReserveCheck;
import cn.gridledger.logic.service.CadreService.Status;
import cn.gridledger.logic.validate.IdNumbers;
import cn.gridledger.model.code.CadreCategory;

/** The cadre list, the reserve check and the editor's writes on a real demo township. */
class CadreServiceTest {

    @TempDir
    static Path dir;

    private static AppServices services;
    private static Path file;
    private static final LocalDate TODAY = LocalDate.now();
    private static final String THIS_MONTH = YearMonth.now().toString();

    @BeforeAll
    static void demo() {
        file = dir.resolve("cadres.db");
        services = AppServices.open(file);
        services.demo().generate(600, 1, Progress.NONE);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static long count(String sql, Object... args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static final String CURRENT = "(end_date IS NULL OR substr(end_date, 1, 7) > ?)";

    @Test
    void filtersEqualIndependentCounts() throws Exception {
        CadreService cadres = services.cadres();
        assertEquals(count("SELECT count(DISTINCT person_id) FROM post WHERE category = '村两委' AND " + CURRENT,
                THIS_MONTH), cadres.cadres(new CadreFilter(null, CadreCategory.村两委, Status.在任, null), TODAY).size());
        assertEquals(count("SELECT count(DISTINCT person_id) FROM post WHERE " + CURRENT, THIS_MONTH),
                cadres.cadres(CadreFilter.CURRENT, TODAY).size());
        long village = cadres.villages().get(0).id();
        assertEquals(count("SELECT count(DISTINCT person_id) FROM post WHERE village_id = ? AND " + CURRENT, village,
                THIS_MONTH), cadres.cadres(new CadreFilter(village, null, Status.在任, null), TODAY).size());
        long former = count("""
                SELECT count(DISTINCT person_id) FROM post p WHERE category = '村两委' AND NOT EXISTS (
                    SELECT 1 FROM post q WHERE q.person_id = p.person_id AND q.category = '村两委'
                    AND (q.end_date IS NULL OR substr(q.end_date, 1, 7) > ?))""", THIS_MONTH);
        assertTrue(former > 0, "the demo has former secretaries");
        assertEquals(former, cadres.cadres(new CadreFilter(null, CadreCategory.村两委, Status.已离任, null), TODAY).size());
        assertEquals(count("SELECT count(DISTINCT person_id) FROM post"),
                cadres.cadres(new CadreFilter(null, null, Status.全部, null), TODAY).size());
    }

    @Test
    void searchFindsByNameIdTailAndPhone() {
        CadreService cadres = services.cadres();
        CadreRow someone = cadres.cadres(CadreFilter.CURRENT, TODAY).stream()
                .filter(r -> r.idNumber() != null && r.phone() != null).findFirst().orElseThrow();
        String tail = someone.idNumber().substring(12);
        assertTrue(search(tail).stream().anyMatch(r -> r.personId() == someone.personId()));
        assertTrue(search(someone.phone()).stream().anyMatch(r -> r.personId() == someone.personId()));
        assertTrue(search(someone.name()).stream().allMatch(r -> r.name().contains(someone.name())));
        assertTrue(search("不存在的名字").isEmpty());
    }

    private static List<CadreRow> search(String text) {
        return services.cadres().cadres(new CadreFilter(null, null, Status.全部, text), TODAY);
    }

    @Test
    void reserveCheckCountsEveryVillageAndFlagsShortfalls() throws Exception {
        LocalDate asOf = TODAY;
        List<ReserveCheck> checks = services.cadres().reserveChecks(asOf);
        assertEquals(count("SELECT count(*) FROM village"), checks.size());
        for (ReserveCheck check : checks) {
            assertEquals(count("SELECT count(*) FROM reserve_cadre WHERE village_id = ? AND entry_date <= ? "
                    + "AND exit_date IS NULL", check.villageId(), asOf.toString()), check.count(), check.village());
            assertEquals(check.count(), services.cadres().reserves(check.villageId(), asOf).size());
        }
        assertTrue(checks.stream().anyMatch(ReserveCheck::met), "some villages meet the rule");
        assertTrue(checks.stream().anyMatch(c -> !c.met()), "the demo has villages short of reserve cadres");
        assertEquals("未达标", checks.stream().filter(c -> !c.met()).findFirst().orElseThrow().verdict());
    }

    @Test
    void reserveCadresJoinAndLeaveTheRegisterAndTheCheckFollows() throws Exception {
        CadreService cadres = services.cadres();
        ReserveCheck failing = cadres.reserveChecks(TODAY).stream().filter(c -> !c.met()).findFirst()
                .orElseThrow();
        String first17 = "13010219860520003";
        String id = first17 + IdNumbers.checkDigit(first17);
        InvalidCadreException noPerson = assertThrows(InvalidCadreException.class,
                () -> cadres.addReserve("123", failing.villageId(), "2026.01", null, null));
        assertTrue(noPerson.problems().containsKey("身份证号"));
        assertThrows(cn.gridledger.logic.UserFacingException.class,
                () -> cadres.addReserve(id, failing.villageId(), "2026.01", null, null));
        PersonInput input = new PersonInput("赵后备", id, null, null, "汉族", "中共党员", null, null, null, null, "大学本科",
                null, null, null, null, null, null, null);
        cadres.save(new CadreEdit(null, input, List.of(), List.of()));
        String month = YearMonth.now().format(DateTimeFormatter.ofPattern("yyyy.MM"));
        long reserveId = cadres.addReserve(id, failing.villageId(), month, "村委会主任", "导师帮带");
        ReserveCheck after = cadres.reserveChecks(TODAY).stream().filter(c -> c.villageId() == failing.villageId())
                .findFirst().orElseThrow();
        assertEquals(failing.count() + 1, after.count());
        assertEquals(failing.highSchoolOrAbove() + 1, after.highSchoolOrAbove());
        assertThrows(cn.gridledger.logic.UserFacingException.class,
                () -> cadres.addReserve(id, failing.villageId(), month, null, null));

        cadres.endReserve(reserveId, month);
        assertEquals(failing.count(), cadres.reserveChecks(TODAY).stream()
                .filter(c -> c.villageId() == failing.villageId()).findFirst().orElseThrow().count());
        assertEquals(1, count("SELECT count(*) FROM reserve_cadre WHERE id = ? AND exit_date IS NOT NULL", reserveId),
                "the entry stays as history");
    }

    @Test
    void aBadIdNumberIsRefusedWithTheChineseMessage() {
        String first17 = "13010219850312123";
        String good = first17 + IdNumbers.checkDigit(first17);
        String bad = first17 + (good.endsWith("0") ? "1" : "0");
        InvalidCadreException e = assertThrows(InvalidCadreException.class,
                () -> services.cadres().save(new CadreEdit(null, person("王测试", bad, ""), List.of(), List.of())));
        assertTrue(e.problems().get("身份证号").contains("身份证号校验位错误，应为 " + good.charAt(17)), e.getMessage());
        assertTrue(e.getMessage().startsWith("还有 1 处需要修改"), e.getMessage());
    }

    @Test
    void aNewCadreTakesGenderAndBirthMonthFromTheIdAndIsNeverDuplicated() {
        String first17 = "13010219880715002";
        String id = first17 + IdNumbers.checkDigit(first17);
        long village = services.cadres().villages().get(0).id();
        PostInput post = new PostInput("两委委员", null, village, null, null, null, null, "2024.01", null, false, true,
                "本村党员");
        long personId = services.cadres().save(new CadreEdit(null, person("李新任", id, "13912345678"), List.of(post),
                List.of()));
        var detail = services.cadres().detail(personId);
        assertEquals("女", detail.person().gender());
        assertEquals("1988-07", detail.person().birthDate().toIso());
        assertEquals(1, detail.posts().size());
        assertEquals("村两委", detail.posts().get(0).post().category());
        assertTrue(detail.posts().get(0).post().crossPost());
        assertEquals(personId, services.cadres().personWithIdNumber(id).orElseThrow());

        ExistingPersonException dup = assertThrows(ExistingPersonException.class, () -> services.cadres()
                .save(new CadreEdit(null, person("李新任", id, ""), List.of(), List.of())));
        assertEquals(personId, dup.personId());
        assertFalse(services.audit().history(CadreService.AUDIT_ENTITY, String.valueOf(personId)).isEmpty());
    }

    @Test
    void endingAPostKeepsTheRecordAndIsAudited() throws Exception {
        CadreService cadres = services.cadres();
        CadreRow member = cadres.cadres(new CadreFilter(null, CadreCategory.驻村干部, Status.在任, null), TODAY).get(0);
        var posts = cadres.detail(member.personId()).posts();
        long before = count("SELECT count(*) FROM post WHERE person_id = ?", member.personId());
        String month = YearMonth.now().format(DateTimeFormatter.ofPattern("yyyy.MM"));
        cadres.save(new CadreEdit(member.personId(), input(cadres.detail(member.personId()).person()), List.of(),
                posts.stream().map(p -> new PostEnd(p.post().id(), month)).toList()));
        assertEquals(before, count("SELECT count(*) FROM post WHERE person_id = ?", member.personId()),
                "posts are ended, never deleted");
        assertEquals(before, count("SELECT count(*) FROM post WHERE person_id = ? AND end_date = ?",
                member.personId(), THIS_MONTH));
        assertTrue(cadres.cadres(new CadreFilter(null, CadreCategory.驻村干部, Status.已离任, null), TODAY).stream()
                .anyMatch(r -> r.personId() == member.personId()));
        List<AuditEntry> history = services.audit().history(CadreService.AUDIT_ENTITY,
                String.valueOf(member.personId()));
        assertTrue(history.stream().anyMatch(e -> e.summary().startsWith("结束职务")), history.toString());
        assertThrows(cn.gridledger.logic.UserFacingException.class,
                () -> cadres.endPost(posts.get(0).post().id(), month));
    }

    @Test
    void aReadOnlySessionSeesMaskedIdsAndCannotEdit() {
        CadreService cadres = services.cadres();
        CadreRow admin = cadres.cadres(CadreFilter.CURRENT, TODAY).stream()
                .filter(r -> r.idNumber() != null && r.phone() != null).findFirst().orElseThrow();
        services.session().signIn(new CurrentUser(77, "ro", "只读者", Role.READ_ONLY, Set.of()));
        try {
            CadreRow masked = cadres.cadres(CadreFilter.CURRENT, TODAY).stream()
                    .filter(r -> r.personId() == admin.personId()).findFirst().orElseThrow();
            assertEquals(admin.idNumber().substring(0, 4) + "**********" + admin.idNumber().substring(14),
                    masked.idNumber());
            assertTrue(masked.phone().contains("****"), masked.phone());
            assertTrue(cadres.detail(admin.personId()).person().idNumber().contains("**********"));
            assertTrue(cadres.reserves(null, TODAY).stream().allMatch(r -> r.phone() == null || r.phone().contains("*")));
            AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> cadres.save(
                    new CadreEdit(null, person("不该保存", null, ""), List.of(), List.of())));
            assertTrue(denied.getMessage().contains("只读"), denied.getMessage());
        } finally {
            services.session().signIn(CurrentUser.COMMAND_LINE);
        }
    }

    private static PersonInput person(String name, String id, String phone) {
        return new PersonInput(name, id, null, null, "汉族", "中共党员", null, null, null, phone, "高中", null, null, null,
                null, null, null, null);
    }

    private static PersonInput input(cn.gridledger.model.Person p) {
        assertNotNull(p);
        return new PersonInput(p.name(), p.idNumber(), p.gender(),
                p.birthDate() == null ? null : p.birthDate().toDisplay(), p.ethnicity(), p.politicalStatus(),
                p.partyJoinDate() == null ? null : p.partyJoinDate().toDisplay(),
                p.workStartDate() == null ? null : p.workStartDate().toDisplay(), p.nativePlace(), p.phone(),
                p.fullTime().level(), p.fullTime().degree(), p.fullTime().school(), p.inService().level(),
                p.inService().degree(), p.inService().school(), p.title(), p.occupation());
    }
}
