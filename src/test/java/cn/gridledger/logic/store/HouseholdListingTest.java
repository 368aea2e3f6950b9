package cn.gridledger.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.store.HouseholdListing.IdRange;
import cn.gridledger.logic.store.HouseholdListing.Part;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.HouseholdRow.MonitoringState;

/** The household list read in parts: same rows, figures and order as read whole. */
class HouseholdListingTest {

    @TempDir
    Path dir;

    private Database db;
    private final HouseholdListing listing = new HouseholdListing();
    private long persons;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("l.db"));
        db.writeVoid(c -> {
            Queries.update(c, "INSERT INTO village (id, code, name) VALUES (1, '130102100201', '安恕村')");
            // grid ids not in code order: the list goes by code
            Queries.update(c, "INSERT INTO grid (id, code, name, village_id) VALUES (1, '130102100201002', '二组网格', 1)");
            Queries.update(c, "INSERT INTO grid (id, code, name, village_id) VALUES (2, '130102100201001', '一组网格', 1)");
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<HouseholdRow> read(IdRange range, boolean deleted) {
        return db.read(c -> listing.read(c, deleted, range)).rows();
    }

    private List<HouseholdRow> readInTwoParts() {
        Part lower = db.read(c -> listing.read(c, false, IdRange.LOWER));
        Part upper = db.read(c -> listing.read(c, false, IdRange.UPPER));
        return Part.merge(lower, lower.rows(), upper, upper.rows());
    }

    private void household(Connection c, String id, String hhNumber, Long grid, String phone) throws SQLException {
        Queries.update(c, "INSERT INTO household (id, hh_number, grid_id, phone) VALUES (?, ?, ?, ?)", id, hhNumber,
                grid, phone);
    }

    private void member(Connection c, String household, String name, String phone, String relation) throws SQLException {
        long person = ++persons;
        Queries.update(c, "INSERT INTO person (id, name, phone) VALUES (?, ?, ?)", person, name, phone);
        Queries.update(c, "INSERT INTO member (household_id, person_id, relation) VALUES (?, ?, ?)", household, person,
                relation);
    }

    @Test
    void twoPartsGiveTheWholeListInLedgerOrder() {
        Random random = new Random(7);
        List<String> added = new ArrayList<>();
        db.writeVoid(c -> {
            for (int i = 0; i < 60; i++) {
                String id = i % 10 == 9 ? "户" + i : new UUID(random.nextLong(), random.nextLong()).toString();
                // few numbers, some missing: many ties, which keep the order households were added in
                String hhNumber = i % 4 == 0 ? null : String.valueOf(random.nextInt(5));
                Long grid = i % 7 == 0 ? null : (long) (1 + random.nextInt(2));
                household(c, id, hhNumber, grid, null);
                member(c, id, "户主" + i, null, "户主");
                added.add(id);
            }
        });
        List<HouseholdRow> whole = read(IdRange.ALL, false);
        assertEquals(60, whole.size());
        assertEquals(whole, readInTwoParts());
        assertTrue(read(IdRange.LOWER, false).size() > 10 && read(IdRange.UPPER, false).size() > 10,
                "both halves hold households");

        Map<Long, String> codes = Map.of(1L, "2", 2L, "1");
        List<String> expected = whole.stream()
                .sorted(java.util.Comparator.<HouseholdRow, String>comparing(r -> r.gridId() == null ? "9" : codes.get(r.gridId()))
                        .thenComparing(HouseholdRow::hhNumber, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(r -> added.indexOf(r.id())))
                .map(HouseholdRow::id).toList();
        assertEquals(expected, whole.stream().map(HouseholdRow::id).toList());
    }

    @Test
    void eachHouseholdShowsItsOwnFigures() {
        db.writeVoid(c -> {
            household(c, "0-bare", "001", 2L, null);
            household(c, "1-points", "002", 2L, "13900000001");
            member(c, "1-points", "张三明", "13911111111", "户主");
            member(c, "1-points", "李秀英", null, "配偶");
            member(c, "1-points", "张小明", null, "之子");
            Queries.update(c, "UPDATE member SET ended_on = '2025-01-01' WHERE person_id = 3");
            Queries.update(c, "INSERT INTO points_entry (household_id, entry_date, points) VALUES ('1-points', '2026-01-01', 30)");
            Queries.update(c, "INSERT INTO points_entry (household_id, entry_date, points) VALUES ('1-points', '2026-01-02', -5)");
            Queries.update(c, "INSERT INTO points_entry (household_id, entry_date, points, deleted_at) "
                    + "VALUES ('1-points', '2026-01-03', 100, '2026-02-01')");
            Queries.update(c, "INSERT INTO points_redemption (household_id, redeem_date, points) VALUES ('1-points', '2026-02-01', 10)");
            Queries.update(c, "INSERT INTO award (household_id, award_type, year) VALUES ('1-points', '美丽庭院', 2025)");
            household(c, "9-head-phone", "003", 2L, null);
            member(c, "9-head-phone", "王德福", "13922222222", "户主");
            Queries.update(c, "INSERT INTO monitoring (household_id, category, identified_month, risk_eliminated) "
                    + "VALUES ('9-head-phone', '脱贫不稳定户', '2025-03', 1)");
            Queries.update(c, "INSERT INTO award (household_id, award_type, year, deleted_at) "
                    + "VALUES ('9-head-phone', '美丽庭院', 2025, '2026-01-01')");
            household(c, "a-open", "004", 1L, "");
            Queries.update(c, "INSERT INTO monitoring (household_id, category, identified_month, risk_eliminated) "
                    + "VALUES ('a-open', '脱贫不稳定户', '2025-03', 1)");
            Queries.update(c, "INSERT INTO monitoring (household_id, category, identified_month, risk_eliminated) "
                    + "VALUES ('a-open', '脱贫不稳定户', '2025-06', 0)");
            household(c, "b-deleted", "005", 2L, null);
            Queries.update(c, "UPDATE household SET deleted_at = '2026-01-01' WHERE id = 'b-deleted'");
            household(c, "c-ended", "006", 2L, null);
            Queries.update(c, "UPDATE household SET ended_on = '2026-01-01' WHERE id = 'c-ended'");
        });
        Map<String, HouseholdRow> rows = readInTwoParts().stream()
                .collect(Collectors.toMap(HouseholdRow::id, Function.identity()));
        assertEquals(List.of("0-bare", "1-points", "9-head-phone", "a-open"),
                readInTwoParts().stream().map(HouseholdRow::id).toList());

        HouseholdRow bare = rows.get("0-bare");
        assertEquals(0, bare.memberCount());
        assertNull(bare.headName());
        assertNull(bare.phone());
        assertEquals(0, bare.points());
        assertEquals(MonitoringState.NONE, bare.monitoring());
        assertFalse(bare.awarded());
        assertEquals("一组网格", bare.gridName());
        assertEquals(1L, bare.villageId());
        assertEquals("一般农户", bare.hhType());

        HouseholdRow points = rows.get("1-points");
        assertEquals(2, points.memberCount(), "the ended member is not counted");
        assertEquals("张三明", points.headName());
        assertEquals("13900000001", points.phone(), "the household's own phone comes first");
        assertEquals(15, points.points(), "30 - 5 earned, deleted entry left out, 10 redeemed");
        assertTrue(points.awarded());

        HouseholdRow headPhone = rows.get("9-head-phone");
        assertEquals("13922222222", headPhone.phone());
        assertEquals(MonitoringState.CLOSED, headPhone.monitoring());
        assertFalse(headPhone.awarded(), "a deleted award does not count");

        assertEquals(MonitoringState.OPEN, rows.get("a-open").monitoring());
        assertEquals("", rows.get("a-open").phone(), "an empty phone is not replaced by the head's");
        assertEquals("二组网格", rows.get("a-open").gridName());

        assertEquals(List.of("b-deleted"), read(IdRange.ALL, true).stream().map(HouseholdRow::id).toList());
        assertEquals(List.of("1-points"), read(IdRange.only("1-points"), false).stream().map(HouseholdRow::id).toList());
        assertEquals(List.of(), read(IdRange.only("c-ended"), false));
    }

    @Test
    void anyTextReadsBackExactly() {
        String name = "阿依古丽·买买提:12:-1:\u0001\u001f𠀀";
        db.writeVoid(c -> {
            household(c, "x:1", "12:34", 2L, null);
            member(c, "x:1", name, "13:9", "户主");
            household(c, "-1:", "", null, "-1:");
        });
        Map<String, HouseholdRow> rows = readInTwoParts().stream()
                .collect(Collectors.toMap(HouseholdRow::id, Function.identity()));
        assertEquals(name, rows.get("x:1").headName());
        assertEquals("12:34", rows.get("x:1").hhNumber());
        assertEquals("13:9", rows.get("x:1").phone());
        assertEquals("", rows.get("-1:").hhNumber());
        assertEquals("-1:", rows.get("-1:").phone());
        assertNull(rows.get("-1:").gridId());
        assertNull(rows.get("-1:").gridName());
    }
}
