package cn.gridledger.logic.service;

import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.security.AccessDeniedException;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.model.Grid;
import cn.gridledger.model.GridSummary;
import cn.gridledger.model.PointsItem;

class GridServiceTest {

    @TempDir
    Path dir;

    private AppServices app;
    private List<Grid> grids;

    @BeforeEach
    void open() {
        app = AppServices.open(dir.resolve("g.db"));
        grids = HouseholdFixtures.township(app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void newGridsGetTheNextCodeOfTheirVillage() {
        assertEquals(List.of("130102100201001", "130102100201002", "130102100202001"),
                grids.stream().map(Grid::code).toList());
        assertEquals("130102100201003", app.grids().nextCode(grids.get(0).villageId()));
    }

    @Test
    void renumberingKeepsTheOldCodeFindable() {
        long g = grids.get(0).id();
        app.grids().renumber(g, "130102100201009");
        assertEquals(g, app.grids().gridByAnyCode("130102100201001"));
        assertEquals(g, app.grids().gridByAnyCode("130102100201009"));
        assertTrue(app.grids().codeHistory(g).get(0).startsWith("130102100201001"));
        assertTrue(assertThrows(UserFacingException.class, () -> app.grids().renumber(g, "130102100202001"))
                .getMessage().contains("前12位"));
        assertTrue(assertThrows(UserFacingException.class, () -> app.grids().renumber(g, "130102100201002"))
                .getMessage().contains("已被其他网格使用"));
        assertTrue(assertThrows(UserFacingException.class, () -> app.grids().renumber(g, "12345"))
                .getMessage().contains("15位"));
    }

    @Test
    void staffAndCountsPerGrid() {
        long g = grids.get(0).id();
        app.households().save(detail(null, g, null, member("张三明", id("19800312", 1), "户主"),
                member("李秀英", id("19820506", 2), "配偶")));
        app.grids().assign(g, "网格长", "赵书记", null, "13900001111", false);
        app.grids().assign(g, "网格员", "钱网格", id("19900101", 7), null, true);
        app.grids().assign(g, "网格长", "孙新任", null, null, false);
        GridSummary s = app.grids().summaries().get(0);
        assertEquals(1, s.households());
        assertEquals(2, s.members());
        assertEquals(List.of("网格长", "网格员"), s.staff().stream().map(x -> x.postType()).toList());
        assertEquals("孙新任", s.staff().get(0).name(), "a new leader ends the previous leader's post");
        assertTrue(s.hasWorkers());
        assertFalse(app.grids().summaries().get(1).hasWorkers());
        app.grids().endPost(s.staff().get(1).postId());
        assertFalse(app.grids().summaries().get(0).hasWorkers());
        assertTrue(assertThrows(UserFacingException.class,
                () -> app.grids().assign(g, "网格员", "坏号码", "130102199001010000", null, true)).getMessage()
                .contains("身份证号"));
    }

    @Test
    void bulkPointsEntryGivesOneItemToManyHouseholds() {
        String a = app.households().save(detail(null, grids.get(0).id(), null, member("张三明", id("19800312", 1), "户主")));
        String b = app.households().save(detail(null, grids.get(1).id(), null, member("王德福", id("19600101", 5), "户主")));
        long village = grids.get(0).villageId();
        long itemId = app.points().saveItem(new PointsItem(0, village, "乱堆乱放", "减分", 3, true));
        PointsItem item = app.points().items(village).get(0);
        assertEquals(itemId, item.id());
        assertEquals(2, app.points().bulkEntry(item, List.of(a, b), LocalDate.of(2026, 3, 1), 3, null, "张敏", null));
        assertEquals(List.of(-3L, -3L), app.search().search("", HouseholdFilter.all()).stream().map(r -> r.points()).toList());
        assertEquals(-3, app.households().load(a).pointsEntries().get(0).points());
        assertThrows(UserFacingException.class, () -> app.points().saveItem(new PointsItem(0, village, "乱堆乱放", "加分", 1, true)));
    }

    @Test
    void aGridWorkerSeesOnlyTheirGridsAndCannotRestore() {
        String a = app.households().save(detail(null, grids.get(0).id(), null, member("张三明", id("19800312", 1), "户主")));
        app.households().save(detail(null, grids.get(1).id(), null, member("王德福", id("19600101", 5), "户主")));
        app.households().delete(a);
        app.session().signIn(new CurrentUser(9, "qian", "钱网格", Role.GRID_WORKER, Set.of(grids.get(1).id())));
        assertEquals(List.of("王德福"), app.search().search("", HouseholdFilter.all()).stream().map(r -> r.headName()).toList());
        assertFalse(app.households().canRestore());
        assertThrows(AccessDeniedException.class, () -> app.households().restore(a));
        assertThrows(AccessDeniedException.class, () -> app.households().save(
                detail(null, grids.get(0).id(), null, member("赵六", id("19700101", 9), "户主"))));
    }
}
