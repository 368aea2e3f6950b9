package cn.gridledger.logic.service;

import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.StatusChange;

/** Saving a household in the editor keeps household_status_history (V9) in step with 户类型, 低保 and 特困供养. */
class HouseholdStatusDatingTest {

    @TempDir
    Path dir;

    @Test
    void aNewHouseholdOpensItsValuesAndAChangedDibaoStartsToday() throws Exception {
        Path file = dir.resolve("s.db");
        try (AppServices app = AppServices.open(file)) {
            long grid = HouseholdFixtures.township(app).get(0).id();
            String hh = app.households().save(detail(null, grid, null, member("张三明", id("19800312", 1), "户主")));
            HouseholdDetail d = app.households().load(hh);
            app.households().save(d); // unchanged: no new rows
            Household h = app.households().load(hh).household();
            Household withDibao = new Household(h.id(), h.hhNumber(), h.gridId(), h.villagerGroupId(), h.tenGroupNo(),
                    h.tenGroupLeader(), h.address(), h.phone(), h.hhType(), true, h.tekun(), h.housingStatus(),
                    h.toiletStatus(), h.notes(), h.since());
            app.households().save(new HouseholdDetail(withDibao, d.members(), d.monitoring(), d.awards(),
                    d.pointsEntries(), d.redemptions()));
        }
        String today = LocalDate.now().toString();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet r = c.createStatement().executeQuery(
                        "SELECT field, value, valid_from, valid_to FROM household_status_history ORDER BY field, valid_from"
                                + ", value")) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1) + "=" + r.getString(2) + " " + r.getString(3) + ".." + r.getString(4));
            }
            assertEquals(List.of("dibao=0 0000-01-01.." + today, "dibao=1 " + today + "..null",
                    "hh_type=一般农户 0000-01-01..null", "tekun=0 0000-01-01..null"), rows);
        }
    }

    private static HouseholdDetail withDibao(HouseholdDetail d, boolean dibao) {
        Household h = d.household();
        return new HouseholdDetail(new Household(h.id(), h.hhNumber(), h.gridId(), h.villagerGroupId(), h.tenGroupNo(),
                h.tenGroupLeader(), h.address(), h.phone(), h.hhType(), dibao, h.tekun(), h.housingStatus(),
                h.toiletStatus(), h.notes(), FuzzyDate.parseIso("2026-03-01")), d.members(), d.monitoring(), d.awards(),
                d.pointsEntries(), d.redemptions());
    }

    @Test
    void aChangedDibaoHoldsFromTheDayTheUserGaveWhichIsCheckedAndLogged() throws Exception {
        Path file = dir.resolve("d.db");
        String hh;
        try (AppServices app = AppServices.open(file)) {
            long grid = HouseholdFixtures.township(app).get(0).id();
            hh = app.households().save(withDibao(HouseholdDetail.of(HouseholdFixtures.household(null, grid, null),
                    List.of(member("张三明", id("19800312", 1), "户主"))), false));
            HouseholdDetail d = withDibao(app.households().load(hh), true);
            UserFacingException late = assertThrows(UserFacingException.class, () -> app.households().save(d, List.of(),
                    List.of(), new StatusChange(LocalDate.now().plusDays(1), null)));
            assertEquals("生效日期不能晚于今天（" + LocalDate.now() + "）。", late.getMessage());
            UserFacingException early = assertThrows(UserFacingException.class, () -> app.households().save(d, List.of(),
                    List.of(), new StatusChange(LocalDate.of(2026, 2, 28), null)));
            assertEquals("生效日期 2026-02-28 早于本户的建户日期 2026.03.01。", early.getMessage());
            app.households().save(d, List.of(), List.of(), new StatusChange(LocalDate.of(2026, 6, 1), "低保审批通过"));
            assertTrue(app.audit().history(HouseholdService.AUDIT_ENTITY, hh).stream()
                    .anyMatch(e -> e.summary().contains("低保 否→是 自 2026-06-01：低保审批通过")));
            // an unchanged 低保 takes no day: nothing checked, nothing dated
            app.households().save(app.households().load(hh), List.of(), List.of(),
                    new StatusChange(LocalDate.now().plusDays(5), null));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet r = c.createStatement().executeQuery("SELECT value, valid_from, valid_to"
                        + " FROM household_status_history WHERE field = 'dibao' ORDER BY valid_from")) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + ".." + r.getString(3));
            }
            assertEquals(List.of("0 2026-03-01..2026-06-01", "1 2026-06-01..null"), rows);
        }
    }
}
