package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.security.AccessDeniedException;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.ReportService.LedgerScope;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.Quarter;

/** 导出本网格台账: the household ledger of one grid, as it stood at the quarter's end. */
class GridLedgerExportTest {

    static final Quarter Q3 = new Quarter(2026, 3);

    @TempDir
    Path dir;

    AppServices app;
    long grid1;

    @BeforeEach
    void open() {
        ReportFixture.create(dir.resolve("r.db"));
        app = AppServices.open(dir.resolve("r.db"));
        grid1 = app.grids().gridByAnyCode(ReportFixture.V1 + "001");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void oneGridsLedgerHoldsItsMembersOnTheQuartersLastDay() throws Exception {
        LedgerScope scope = new LedgerScope(Q3, null, grid1);
        String name = app.reports().ledgerFileName(scope);
        assertEquals("安恕镇安恕村一组网格_农户信息台账_2026Q3.xlsx", name);
        Path file = dir.resolve(name);
        var exported = app.reports().exportHouseholdLedger(scope, file, false, Progress.NONE);

        // h1 (three members), h2 (王丽 left in August), h6 (moved to 太平村 only in October)
        assertEquals(5, exported.rows());
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertTrue(f.formatCellValue(sheet.getRow(0).getCell(0)).startsWith("安恕镇安恕村一组网格"),
                    f.formatCellValue(sheet.getRow(0).getCell(0)));
            List<String> names = new ArrayList<>();
            for (Row r : sheet) {
                Cell id = r.getCell(10);
                if (id != null && f.formatCellValue(id).matches("\\d{17}[\\dX]")) {
                    assertEquals(CellType.STRING, id.getCellType(), "ID numbers stay text");
                    assertEquals("一组网格", f.formatCellValue(r.getCell(3)));
                    names.add(f.formatCellValue(r.getCell(8)));
                }
            }
            assertEquals(List.of("张三明", "李秀英", "张小明", "王五", "吴十"), names);
        }
        assertTrue(app.audit().search(cn.gridledger.logic.security.AuditFilter.latest(10)).stream().anyMatch(e -> e.summary().contains("一组网格农户信息台账")));
    }

    @Test
    void aGridWorkerExportsOnlyTheirOwnGrid() {
        long grid2 = app.grids().gridByAnyCode(ReportFixture.V1 + "002");
        app.session().signIn(new CurrentUser(7, "wgy", "网格员甲", Role.GRID_WORKER, Set.of(grid1)));
        Path mine = dir.resolve("mine.xlsx");
        app.reports().exportHouseholdLedger(new LedgerScope(Q3, null, grid1), mine, false, Progress.NONE);
        assertTrue(Files.exists(mine));

        Path other = dir.resolve("other.xlsx");
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> app.reports().exportHouseholdLedger(new LedgerScope(Q3, null, grid2), other, false, Progress.NONE));
        assertTrue(e.getMessage().contains("您只能查看分配给您的网格"), e.getMessage());
        assertThrows(AccessDeniedException.class,
                () -> app.reports().exportHouseholdLedger(new LedgerScope(Q3, null, null), other, false, Progress.NONE));
        assertFalse(Files.exists(other), "nothing written when refused");
    }
}
