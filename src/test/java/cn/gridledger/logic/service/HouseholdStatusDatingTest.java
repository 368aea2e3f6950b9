package cn.gridledger.logic.service;

import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;

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
}
