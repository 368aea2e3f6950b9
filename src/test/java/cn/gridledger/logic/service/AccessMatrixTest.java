package cn.gridledger.logic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.security.AccessDeniedException;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditEntry;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.logic.security.CurrentUser;
import cn.gridledger.logic.security.Role;
import cn.gridledger.logic.service.CadreService.CadreEdit;
import cn.gridledger.logic.service.CadreService.CadreFilter;
import cn.gridledger.logic.service.CadreService.PersonInput;
import cn.gridledger.logic.service.CadreService.PostInput;
import cn.gridledger.logic.service.MonitoringService.MonitoringFilter;
import cn.gridledger.logic.service.MonitoringService.MonitoringInput;
import cn.gridledger.logic.service.ReportService.LedgerScope;
import cn.gridledger.logic.service.ReportService.Request;
import cn.gridledger.logic.store.ReportFixture;
import cn.gridledger.model.Grid;
import cn.gridledger.model.PointsItem;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.VisitFilter;

/**
 * Every public method of every service, called as each role on a real database of two villages and
 * four grids ({@link ReportFixture}), with what must come back or be refused. A grid worker never gets a
 * row of another grid; a read-only account never sees a whole ID number or mobile number (in lists,
 * previews, searches, histories or exported files); every refusal is a Chinese {@link AccessDeniedException}
 * and is written to the audit log as 拒绝. A public service method without a row here fails
 * {@link #everyPublicServiceMethodHasARow()}.
 *
 * <p>Expectations are four letters, one per session in {@link Who} order (管理员, 命令行, 网格员, 只读):
 * {@code A} allowed, {@code R} refused, {@code a} allowed by the role but refused for a reason of the data
 * (a {@link UserFacingException} that is not an {@link AccessDeniedException}: the township exists
 * already, no import to undo).
 */
class AccessMatrixTest {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final String PASSWORD = "Geheim-2026";
    /** People of households in grids other than 一组网格 (the grid worker's): never in their results. */
    static final List<String> OUTSIDE = List.of("赵六", "钱七", "周九", "周小九", "郑十一");
    /** An ID number: area, birth date, sequence, check digit (a 户编号 has 18 digits too, but no date in it). */
    static final Pattern FULL_ID = Pattern.compile(
            "(?<!\\d)\\d{6}(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dX](?!\\d)");
    static final Pattern FULL_MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    /** A real roster with rows in error (the household sample names a village this township lacks: see report). */
    static final Path SAMPLE = Path.of("sample-data", "rosters", "干部花名册_示例.xlsx");

    /** The sessions every method is called as. The township's staff sign in as 管理员 (see README 数据安全). */
    enum Who { ADMIN, COMMAND_LINE, GRID_WORKER, READ_ONLY }

    interface Call {
        Object run(Fixture f) throws Exception;
    }

    /** What the result must satisfy for this session (beyond the generic scope and masking checks). */
    interface Check {
        void verify(Fixture f, Who who, Object result) throws Exception;
    }

    record Case(String method, String expect, Call call, Check check) {
    }

    /** The database of one session's run, its ids, and the accounts. */
    static final class Fixture {
        AppServices app;
        Path dir;
        long g1;
        long g2;
        long g3;
        long v1;
        long v2;
        Map<Who, CurrentUser> users = new LinkedHashMap<>();
        long spareAccount;
        int serial;
        Who who;

        /** Runs {@code work} as the command line (to set up or look up what a row needs), then signs back. */
        <T> T asCli(java.util.concurrent.Callable<T> work) throws Exception {
            CurrentUser before = app.session().isSignedIn() ? app.session().current() : users.get(who);
            app.session().signIn(CurrentUser.COMMAND_LINE);
            try {
                return work.call();
            } finally {
                app.session().signIn(before);
            }
        }

        String unique(String prefix) {
            return prefix + (++serial);
        }

        Path file(String name) {
            return dir.resolve(who.name().toLowerCase() + "-" + (++serial) + "-" + name);
        }
    }

    // ------------------------------------------------------------------------------------------ the matrix

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        Request township = new Request(Q3, null, Footer.empty());
        Request village1 = new Request(Q3, ReportFixture.V1, Footer.empty());

        // --- accounts: logging in is open, managing accounts is the administrator's
        add(c, "AccountService.hasAccounts()", "AAAA", f -> f.app.accounts().hasAccounts());
        add(c, "AccountService.createFirstAdministrator(String,String,String)", "aaaa",
                f -> f.app.accounts().createFirstAdministrator(f.unique("first"), "第一管理员", PASSWORD));
        add(c, "AccountService.login(String,String)", "AAAA", f -> f.app.accounts().login("wgy", PASSWORD));
        add(c, "AccountService.checkOwnPassword(String)", "AAAA", f -> f.app.accounts().checkOwnPassword(PASSWORD));
        add(c, "AccountService.logout()", "AAAA", f -> {
            f.app.accounts().logout();
            return null;
        });
        add(c, "AccountService.currentUser()", "AAAA", f -> f.app.accounts().currentUser());
        add(c, "AccountService.changeOwnPassword(String,String)", "AaAA",
                f -> run(() -> f.app.accounts().changeOwnPassword(PASSWORD, PASSWORD)));
        add(c, "AccountService.accounts()", "AARR", f -> f.app.accounts().accounts());
        add(c, "AccountService.createAccount(String,String,Role,Set,String)", "AARR",
                f -> f.app.accounts().createAccount(f.unique("new"), "新账户", Role.READ_ONLY, Set.of(), PASSWORD));
        add(c, "AccountService.updateAccount(long,String,Role,boolean,Set)", "AARR",
                f -> run(() -> f.app.accounts().updateAccount(f.spareAccount, "改名", Role.GRID_WORKER, true, Set.of(f.g2))));
        add(c, "AccountService.resetPassword(long,String)", "AARR",
                f -> run(() -> f.app.accounts().resetPassword(f.spareAccount, "Anders-2026")));
        add(c, "AccountService.idleLockMinutes()", "AAAA", f -> f.app.accounts().idleLockMinutes());
        add(c, "AccountService.setIdleLockMinutes(int)", "AARR", f -> run(() -> f.app.accounts().setIdleLockMinutes(20)));

        // --- the audit log: one record's history for who may read the record, the whole log for administrators
        add(c, "AuditService.recordNow(AuditAction,String,String,String)", "AAAA",
                f -> run(() -> f.app.audit().recordNow(AuditAction.EXPORT, "报表", "x.xlsx", "测试")));
        add(c, "AuditService.history(String,String)", "AAAA", f -> f.app.audit().history("农户", "h1"));
        add(c, "AuditService.history(String,String)", "AARA", f -> f.app.audit().history("农户", "h3"));
        add(c, "AuditService.history(String,String)", "AARA",
                f -> f.app.audit().history(MonitoringService.AUDIT_ENTITY, String.valueOf(monitoringOf(f, "h3"))));
        add(c, "AuditService.search(AuditFilter)", "AARR", f -> f.app.audit().search(AuditFilter.latest(50)));
        add(c, "AuditService.entityTypes()", "AARR", f -> f.app.audit().entityTypes());
        add(c, "AuditService.recordNames(List)", "AARR",
                f -> f.app.audit().recordNames(f.asCli(() -> f.app.audit().search(AuditFilter.latest(20)))));
        add(c, "AuditService.awaitRefusals()", "AAAA", f -> run(() -> f.app.audit().awaitRefusals()));

        // --- backups: any signed-in user may back up into the chosen folder; a copy elsewhere, the folder
        //     and restore are the administrator's
        add(c, "BackupService.backupNow()", "AAAA", f -> f.app.backup().backupNow());
        add(c, "BackupService.backupBeforeImport()", "AAAA", f -> f.app.backup().backupBeforeImport());
        add(c, "BackupService.backupOnExit()", "AAAA", f -> f.app.backup().backupOnExit());
        add(c, "BackupService.dailyIfDue()", "AAAA", f -> f.app.backup().dailyIfDue());
        add(c, "BackupService.onBackup(Consumer)", "AAAA", f -> run(() -> f.app.backup().onBackup(b -> { })));
        add(c, "BackupService.backupTo(Path)", "AARR", f -> run(() -> f.app.backup().backupTo(f.file("copy.db"))));
        add(c, "BackupService.backups()", "AAAA", f -> f.app.backup().backups());
        add(c, "BackupService.delete(BackupFile)", "AARR", f -> {
            var made = f.asCli(() -> f.app.backup().backupNow());
            return run(() -> f.app.backup().delete(made));
        });
        add(c, "BackupService.lastBackup()", "AAAA", f -> f.app.backup().lastBackup());
        add(c, "BackupService.folder()", "AAAA", f -> f.app.backup().folder());
        add(c, "BackupService.chosenFolder()", "AAAA", f -> f.app.backup().chosenFolder());
        add(c, "BackupService.chooseFolder(Path)", "AARR", f -> run(() -> f.app.backup().chooseFolder(null)));
        add(c, "BackupService.requireRestoreAllowed()", "AARR", f -> run(() -> f.app.backup().requireRestoreAllowed()));

        // --- cadres: village posts, read by every role (masked for 只读), changed by administrators
        add(c, "CadreService.villages()", "AAAA", f -> f.app.cadres().villages());
        add(c, "CadreService.cadres(CadreFilter,LocalDate)", "AAAA",
                f -> f.app.cadres().cadres(new CadreFilter(null, null, CadreService.Status.全部, null), Q3.lastDay()));
        add(c, "CadreService.reserves(Long,LocalDate)", "AAAA", f -> f.app.cadres().reserves(null, Q3.lastDay()));
        add(c, "CadreService.reserveChecks(LocalDate)", "AAAA", f -> f.app.cadres().reserveChecks(Q3.lastDay()));
        add(c, "CadreService.detail(long)", "AAAA", f -> f.app.cadres().detail(chen(f)));
        add(c, "CadreService.detail(long)", "AARA", f -> f.app.cadres().detail(
                f.asCli(() -> f.app.households().load("h3").members().get(0).person().id()))); // 赵六: no cadre
        add(c, "CadreService.personWithIdNumber(String)", "AAAA", f -> f.app.cadres().personWithIdNumber(
                f.asCli(() -> f.app.cadres().detail(chen(f)).person().idNumber())));
        add(c, "CadreService.canEdit(List)", "AAAA", f -> f.app.cadres().canEdit(f.app.cadres().detail(chen(f)).posts()));
        add(c, "CadreService.save(CadreEdit)", "AARR", f -> f.app.cadres().save(newCadre(f)));
        add(c, "CadreService.endPost(long,String)", "AARR", f -> {
            long person = f.asCli(() -> f.app.cadres().save(newCadre(f)));
            long post = f.asCli(() -> f.app.cadres().detail(person).posts().get(0).post().id());
            return run(() -> f.app.cadres().endPost(post, "2026-11"));
        });
        add(c, "CadreService.addReserve(String,long,String,String,String)", "AARR", f -> f.app.cadres().addReserve(
                f.asCli(() -> f.app.cadres().detail(chen(f)).person().idNumber()), f.v1, "2026-10", "书记", "培训"));
        add(c, "CadreService.endReserve(long,String)", "AARR", f -> {
            long id = f.asCli(() -> f.app.cadres().reserves(f.v1, Q3.lastDay()).stream()
                    .filter(r -> r.name().equals("储一")).findFirst().orElseThrow().id());
            return run(() -> f.app.cadres().endReserve(id, "2026-11"));
        });
        add(c, "CadreService.save(CadreEdit,String)", "AARR", f -> f.app.cadres().save(newCadre(f), "核实后更正"));
        add(c, "CadreService.endPost(long,String,String)", "AARR", f -> {
            long person = f.asCli(() -> f.app.cadres().save(newCadre(f)));
            long post = f.asCli(() -> f.app.cadres().detail(person).posts().get(0).post().id());
            return run(() -> f.app.cadres().endPost(post, "2026-11", "核实后更正"));
        });
        add(c, "CadreService.addReserve(String,long,String,String,String,String)", "AARR", f -> f.app.cadres().addReserve(
                f.asCli(() -> f.app.cadres().detail(chen(f)).person().idNumber()), f.v2, "2026-10", "书记", "培训", "核实后更正"));
        add(c, "CadreService.endReserve(long,String,String)", "AARR", f -> {
            long id = f.asCli(() -> f.app.cadres().reserves(f.v2, Q3.lastDay()).stream()
                    .filter(r -> r.name().equals("储五")).findFirst().orElseThrow().id());
            return run(() -> f.app.cadres().endReserve(id, "2026-11", "核实后更正"));
        });

        // --- home page counts
        // a grid worker's tiles and charts count their grids, as the lists behind the tiles show them
        add(c, "DashboardService.tiles(LocalDate)", "AAAA", f -> f.app.dashboard().tiles(Q3.firstDay()),
                (f, who, r) -> {
                    var tiles = (DashboardService.Tiles) r;
                    long all = f.asCli(() -> f.app.dashboard().tiles(Q3.firstDay())).households();
                    long seen = f.app.search().search("", new HouseholdFilter(null, null, Set.of(), null)).size();
                    assertEquals(seen, tiles.households(), who + ": " + r);
                    assertTrue(who == Who.GRID_WORKER ? tiles.households() < all : tiles.households() == all, who + ": " + r);
                });
        add(c, "DashboardService.charts()", "AAAA", f -> f.app.dashboard().charts(), (f, who, r) -> {
            var charts = (DashboardService.Charts) r;
            long all = f.asCli(() -> f.app.dashboard().charts()).householdsPerVillage().values().stream()
                    .mapToLong(Long::longValue).sum();
            long shown = charts.householdsPerVillage().values().stream().mapToLong(Long::longValue).sum();
            assertTrue(who == Who.GRID_WORKER ? shown < all : shown == all, who + ": " + r);
        });
        add(c, "OverviewService.overview()", "AAAA", f -> f.app.overview().overview());

        // --- demo and first-run set-up: administrators (or nobody signed in on an empty database)
        add(c, "DemoService.generate(int,long,Progress)", "aaRR", f -> f.app.demo().generate(10, 1, Progress.NONE));
        add(c, "DemoService.generate(int,long,LocalDate,Progress)", "aaRR",
                f -> f.app.demo().generate(10, 1, LocalDate.of(2026, 9, 1), Progress.NONE));
        add(c, "DemoService.generate(int,long,LocalDate,int,Progress)", "aaRR",
                f -> f.app.demo().generate(10, 1, LocalDate.of(2026, 9, 1), 3, Progress.NONE));
        add(c, "TownshipService.township()", "AAAA", f -> f.app.township().township());
        add(c, "TownshipService.isSetUp()", "AAAA", f -> f.app.township().isSetUp());
        add(c, "TownshipService.setUp(Township,List)", "aaRR", f -> run(() -> f.app.township().setUp(
                f.app.township().township().orElseThrow(), List.of())));
        add(c, "TownshipService.villages()", "AAAA", f -> f.app.township().villages());
        add(c, "TownshipService.grids()", "AAAA", f -> f.app.township().grids());
        add(c, "MaintenanceService.check()", "AARR", f -> f.app.maintenance().check());
        add(c, "MaintenanceService.schemaVersion()", "AAAA", f -> f.app.maintenance().schemaVersion());
        add(c, "MaintenanceService.writeDiagnostics(Path)", "AAAA", f -> f.app.maintenance().writeDiagnostics(f.file("诊断.zip")));
        add(c, "TownshipService.addVillages(List)", "AARR", f -> f.app.township().addVillages(List.of()));
        add(c, "TownshipService.withCodes(Map)", "AAAA", f -> f.app.township().withCodes(Map.of("新村", "")));

        // --- grids: the grid worker sees their own; changes are the administrator's
        add(c, "GridService.villages()", "AAAA", f -> f.app.grids().villages());
        add(c, "GridService.groups(long)", "AAAA", f -> f.app.grids().groups(f.v1));
        add(c, "GridService.summaries()", "AAAA", f -> f.app.grids().summaries(), (f, who, r) -> {
            List<?> grids = (List<?>) r;
            assertEquals(who == Who.GRID_WORKER ? 1 : 3, grids.size(), "grids listed for " + who + ": " + r);
        });
        add(c, "GridService.nextCode(long)", "AAAA", f -> f.app.grids().nextCode(f.v1));
        add(c, "GridService.create(long,String,String,String)", "AARR",
                f -> f.app.grids().create(f.v2, f.unique("新网格"), "基础网格", null));
        add(c, "GridService.update(Grid)", "AARR", f -> {
            Grid g = f.asCli(() -> f.app.grids().create(f.v2, f.unique("待改网格"), "基础网格", null));
            return run(() -> f.app.grids().update(new Grid(g.id(), g.code(), g.name() + "改", g.gridType(), g.villageId(), null)));
        });
        add(c, "GridService.renumber(long,String)", "AARR", f -> {
            Grid g = f.asCli(() -> f.app.grids().create(f.v2, f.unique("待编网格"), "基础网格", null));
            return run(() -> f.app.grids().renumber(g.id(), ReportFixture.V2 + "0" + (50 + f.serial)));
        });
        add(c, "GridService.codeHistory(long)", "AAAA", f -> f.app.grids().codeHistory(f.g1));
        add(c, "GridService.gridByAnyCode(String)", "AAAA", f -> f.app.grids().gridByAnyCode(ReportFixture.V1 + "001"));
        add(c, "GridService.assign(long,String,String,String,String,Boolean)", "AARR",
                f -> run(() -> f.app.grids().assign(f.g3, "网格员", "新网格员", null, "13712345678", true)));
        add(c, "GridService.endPost(long)", "AARR", f -> {
            long post = f.asCli(() -> {
                f.app.grids().assign(f.g3, "网格员", f.unique("离任网格员"), null, null, false);
                return f.app.grids().summaries().stream().filter(s -> s.grid().id() == f.g3).findFirst().orElseThrow()
                        .staff().stream().filter(s -> s.name().startsWith("离任网格员")).findFirst().orElseThrow().postId();
            });
            return run(() -> f.app.grids().endPost(post));
        });
        add(c, "GridService.assign(long,String,String,String,String,Boolean,String)", "AARR",
                f -> run(() -> f.app.grids().assign(f.g3, "网格员", "新网格员乙", null, "13712345679", true, "核实后更正")));
        add(c, "GridService.endPost(long,String)", "AARR", f -> {
            long post = f.asCli(() -> {
                f.app.grids().assign(f.g3, "网格员", f.unique("卸任网格员"), null, null, false);
                return f.app.grids().summaries().stream().filter(s -> s.grid().id() == f.g3).findFirst().orElseThrow()
                        .staff().stream().filter(s -> s.name().startsWith("卸任网格员")).findFirst().orElseThrow().postId();
            });
            return run(() -> f.app.grids().endPost(post, "核实后更正"));
        });

        // --- households: read in the user's grids, changed by who may edit them
        add(c, "HouseholdService.load(String)", "AAAA", f -> f.app.households().load("h1"));
        add(c, "HouseholdService.load(String)", "AARA", f -> f.app.households().load("h3"));
        add(c, "HouseholdService.check(HouseholdDetail)", "AAAA",
                f -> f.app.households().check(f.asCli(() -> f.app.households().load("h1"))));
        add(c, "HouseholdService.save(HouseholdDetail)", "AAAR",
                f -> f.app.households().save(f.asCli(() -> f.app.households().load("h1"))));
        add(c, "HouseholdService.save(HouseholdDetail)", "AARR",
                f -> f.app.households().save(f.asCli(() -> f.app.households().load("h3"))));
        add(c, "HouseholdService.save(HouseholdDetail,List,List)", "AAAR",
                f -> f.app.households().save(f.asCli(() -> f.app.households().load("h1")), List.of(), List.of()));
        add(c, "HouseholdService.save(HouseholdDetail,List,List)", "AARR",
                f -> f.app.households().save(f.asCli(() -> f.app.households().load("h3")), List.of(), List.of()));
        add(c, "HouseholdService.save(HouseholdDetail,List,List,StatusChange)", "AAAR",
                f -> f.app.households().save(f.asCli(() -> f.app.households().load("h1")), List.of(), List.of(),
                        new cn.gridledger.model.StatusChange(LocalDate.now(), null)));
        add(c, "HouseholdService.save(HouseholdDetail,List,List,StatusChange)", "AARR",
                f -> f.app.households().save(f.asCli(() -> f.app.households().load("h3")), List.of(), List.of(),
                        new cn.gridledger.model.StatusChange(LocalDate.now(), null)));
        add(c, "HouseholdService.save(HouseholdDetail,List,List,String)", "AAAR", f -> f.app.households()
                .save(f.asCli(() -> f.app.households().load("h1")), List.of(), List.of(), "核实后更正"));
        add(c, "HouseholdService.save(HouseholdDetail,List,List,String)", "AARR", f -> f.app.households()
                .save(f.asCli(() -> f.app.households().load("h3")), List.of(), List.of(), "核实后更正"));
        add(c, "HouseholdService.save(HouseholdDetail,List,List,StatusChange,String)", "AAAR", f -> f.app.households()
                .save(f.asCli(() -> f.app.households().load("h1")), List.of(), List.of(), null, "核实后更正"));
        add(c, "HouseholdService.save(HouseholdDetail,List,List,StatusChange,String)", "AARR", f -> f.app.households()
                .save(f.asCli(() -> f.app.households().load("h3")), List.of(), List.of(), null, "核实后更正"));
        add(c, "HouseholdService.canRestore()", "AAAA", f -> f.app.households().canRestore());
        // 分户/合户/迁往其他网格: who may edit the household's grid (the rows stop at a data check, so the
        // fixture's households stay as they are; HouseholdChangeServiceTest covers the changes themselves)
        add(c, "HouseholdChangeService.split(Split)", "aaaR", f -> run(() -> f.app.householdChanges().split(
                new HouseholdChangeService.Split("h1", Map.of(), Map.of(), null, LocalDate.of(2026, 8, 1), null))));
        add(c, "HouseholdChangeService.split(Split)", "aaRR", f -> run(() -> f.app.householdChanges().split(
                new HouseholdChangeService.Split("h3", Map.of(), Map.of(), null, LocalDate.of(2026, 8, 1), null))));
        add(c, "HouseholdChangeService.merge(Merge)", "aaaR", f -> run(() -> f.app.householdChanges().merge(
                new HouseholdChangeService.Merge("h2", "h1", Map.of(), LocalDate.of(2026, 8, 1), null))));
        add(c, "HouseholdChangeService.merge(Merge)", "aaRR", f -> run(() -> f.app.householdChanges().merge(
                new HouseholdChangeService.Merge("h3", "h1", Map.of(), LocalDate.of(2026, 8, 1), null))));
        add(c, "HouseholdChangeService.moveToGrid(GridMove)", "aaaR", f -> run(() -> f.app.householdChanges().moveToGrid(
                new HouseholdChangeService.GridMove("h1", f.g1, LocalDate.of(2026, 8, 1), null))));
        add(c, "HouseholdChangeService.moveToGrid(GridMove)", "aaRR", f -> run(() -> f.app.householdChanges().moveToGrid(
                new HouseholdChangeService.GridMove("h3", f.g2, LocalDate.of(2026, 8, 1), null))));
        add(c, "HouseholdChangeService.split(Split,String)", "aaRR", f -> run(() -> f.app.householdChanges().split(
                new HouseholdChangeService.Split("h3", Map.of(), Map.of(), null, LocalDate.of(2026, 8, 1), null), "核实后更正")));
        add(c, "HouseholdChangeService.merge(Merge,String)", "aaRR", f -> run(() -> f.app.householdChanges().merge(
                new HouseholdChangeService.Merge("h3", "h1", Map.of(), LocalDate.of(2026, 8, 1), null), "核实后更正")));
        add(c, "HouseholdChangeService.moveToGrid(GridMove,String)", "aaaR", f -> run(() -> f.app.householdChanges()
                .moveToGrid(new HouseholdChangeService.GridMove("h1", f.g1, LocalDate.of(2026, 8, 1), null), "核实后更正")));
        add(c, "SearchService.isLoaded()", "AAAA", f -> f.app.search().isLoaded());
        add(c, "SearchService.load(Progress)", "AAAA", f -> run(() -> f.app.search().load(Progress.NONE)));
        add(c, "SearchService.awaitMembers()", "AAAA", f -> run(() -> f.app.search().awaitMembers()));
        add(c, "SearchService.invalidateIfChangedElsewhere()", "AAAA", f -> f.app.search().invalidateIfChangedElsewhere());
        add(c, "SearchService.invalidate()", "AAAA", f -> run(() -> f.app.search().invalidate()));
        add(c, "SearchService.search(String,HouseholdFilter)", "AAAA", f -> f.app.search().search("",
                new HouseholdFilter(null, null, Set.of(), null)), (f, who, r) -> {
                    String text = String.valueOf(r);
                    assertTrue(text.contains("张三明"), who + " finds the households of 一组网格: " + text);
                    assertEquals(who != Who.GRID_WORKER, text.contains("周九"), who + ": " + text);
                });
        add(c, "SearchService.row(String)", "AAAA", f -> f.app.search().row("h3"),
                (f, who, r) -> assertEquals(who == Who.GRID_WORKER, ((java.util.Optional<?>) r).isEmpty(), who + ": " + r));
        add(c, "SearchService.size()", "AAAA", f -> f.app.search().size());
        add(c, "SearchService.refresh(List)", "AAAA", f -> run(() -> f.app.search().refresh(List.of("h1"))));
        add(c, "SearchService.benchmark(int,long)", "AAAA", f -> f.app.search().benchmark(2, 1));

        // --- monitoring: the user's grids; changes by who may edit the household
        add(c, "MonitoringService.overview(MonitoringFilter,Quarter)", "AAAA",
                f -> f.app.monitoring().overview(MonitoringFilter.ALL, Q3));
        add(c, "MonitoringService.list(MonitoringFilter,Quarter)", "AAAA", f -> f.app.monitoring().list(MonitoringFilter.ALL, Q3),
                (f, who, r) -> assertEquals(who == Who.GRID_WORKER ? 2 : 4, ((List<?>) r).size(), who + ": " + r));
        add(c, "MonitoringService.counts(Quarter)", "AAAA", f -> f.app.monitoring().counts(Q3));
        add(c, "MonitoringService.ofHousehold(String)", "AAAA", f -> f.app.monitoring().ofHousehold("h3"),
                (f, who, r) -> assertEquals(who == Who.GRID_WORKER, ((List<?>) r).isEmpty(), who + ": " + r));
        add(c, "MonitoringService.one(long)", "AAAA", f -> f.app.monitoring().one(monitoringOf(f, "h1")));
        add(c, "MonitoringService.one(long)", "AARA", f -> f.app.monitoring().one(monitoringOf(f, "h3")));
        add(c, "MonitoringService.canEdit(MonitoringRow)", "AAAA",
                f -> f.app.monitoring().canEdit(f.asCli(() -> f.app.monitoring().one(monitoringOf(f, "h3")))));
        add(c, "MonitoringService.recordElimination(long,boolean,String,String)", "AAAR",
                f -> run(() -> f.app.monitoring().recordElimination(monitoringOf(f, "h1"), false, null, null)));
        add(c, "MonitoringService.recordElimination(long,boolean,String,String)", "AARR",
                f -> run(() -> f.app.monitoring().recordElimination(monitoringOf(f, "h3"), false, null, null)));
        add(c, "MonitoringService.update(long,String,String,String,boolean,String,String)", "AAAR",
                f -> run(() -> f.app.monitoring().update(monitoringOf(f, "h1"), "产业帮扶", "帮扶人", "13800000000", false, null, null)));
        add(c, "MonitoringService.recordElimination(long,boolean,String,String,String)", "AARR",
                f -> run(() -> f.app.monitoring().recordElimination(monitoringOf(f, "h3"), false, null, null, "核实后更正")));
        add(c, "MonitoringService.update(long,String,String,String,boolean,String,String,String)", "AAAR",
                f -> run(() -> f.app.monitoring().update(monitoringOf(f, "h1"), "产业帮扶", "帮扶人", "13800000000", false, null,
                        null, "核实后更正")));
        add(c, "MonitoringService.add(MonitoringInput,String)", "AARR", f -> f.app.monitoring().add(new MonitoringInput("h5",
                "脱贫不稳定户", "因病", null, null, "2026-10", "产业帮扶", "帮扶人", "13800000001"), "核实后更正"));
        add(c, "MonitoringService.updateMeasures(long,String,String,String)", "AARR",
                f -> run(() -> f.app.monitoring().updateMeasures(monitoringOf(f, "h3"), "就业帮扶", "帮扶人", "13800000000")));
        add(c, "MonitoringService.add(MonitoringInput)", "AARR", f -> f.app.monitoring().add(new MonitoringInput("h5",
                "脱贫不稳定户", "因病", null, null, "2026-10", "产业帮扶", "帮扶人", "13800000001")));

        // --- visits (#17): the user's grids (the grid of the visit's first household); 只读 masked; the grid's
        //     防止返贫监测员 is a grid setting (administrators), a household's responsible cadre its editor's
        add(c, "VisitService.list(VisitFilter,int,int)", "AAAA", f -> f.app.visits().list(VisitFilter.ALL, 0, 50),
                (f, who, r) -> {
                    var page = (VisitService.VisitPage) r;
                    assertEquals(who == Who.GRID_WORKER ? 4 : 7, page.total(), who + ": " + r);
                    assertTrue(page.rows().stream().allMatch(v -> who != Who.GRID_WORKER || v.gridId() == f.g1), who + ": " + r);
                });
        add(c, "VisitService.ofHousehold(String)", "AAAA", f -> f.app.visits().ofHousehold("h3"),
                (f, who, r) -> assertEquals(who == Who.GRID_WORKER, ((List<?>) r).isEmpty(), who + ": " + r));
        add(c, "VisitService.one(String)", "AAAA", f -> f.app.visits().one(visitOf(f, "h1")));
        add(c, "VisitService.one(String)", "AARA", f -> f.app.visits().one(visitOf(f, "h3")));
        add(c, "VisitService.canEdit(VisitRow)", "AAAA", f -> f.app.visits().canEdit(f.asCli(() -> f.app.visits()
                .list(VisitFilter.ALL, 0, 1).rows().get(0))));
        add(c, "VisitService.canRecord(String)", "AAAA", f -> f.app.visits().canRecord("h3"),
                (f, who, r) -> assertEquals(who == Who.ADMIN || who == Who.COMMAND_LINE, r, who + ": " + r));
        add(c, "VisitService.overdueCount()", "AAAA", f -> f.app.visits().overdueCount());
        add(c, "VisitService.monitoredNotVisited(Quarter)", "AAAA", f -> f.app.visits().monitoredNotVisited(Q3));
        add(c, "VisitService.monitoredHouseholds(Quarter)", "AAAA", f -> f.app.visits().monitoredHouseholds(Q3),
                (f, who, r) -> assertTrue(((List<?>) r).size() >= 1, who + ": " + r));
        add(c, "VisitService.gridMonitors()", "AAAA", f -> f.app.visits().gridMonitors(),
                (f, who, r) -> assertTrue(who == Who.GRID_WORKER ? ((List<?>) r).size() == 1 : ((List<?>) r).size() >= 3,
                        who + ": " + r)); // rows above create grids
        add(c, "VisitService.cadres()", "AAAA", f -> f.app.visits().cadres());
        add(c, "VisitService.benchmark(int,long)", "AAAA", f -> f.app.visits().benchmark(3, 1));
        add(c, "VisitService.record(VisitInput)", "AAAR",
                f -> f.app.visits().record(VisitFixture.in("2026-11-02", "入户走访", List.of("h1"), false, null)));
        add(c, "VisitService.record(VisitInput)", "AARR",
                f -> f.app.visits().record(VisitFixture.in("2026-11-02", "入户走访", List.of("h1", "h3"), false, null)));
        add(c, "VisitService.edit(String,VisitInput)", "AAAR", f -> run(() -> f.app.visits().edit(visitOf(f, "h1"),
                VisitFixture.in("2026-07-11", "入户走访", List.of("h1"), false, null))));
        add(c, "VisitService.edit(String,VisitInput)", "AARR", f -> run(() -> f.app.visits().edit(visitOf(f, "h3"),
                VisitFixture.in("2026-09-02", "矛盾调解", List.of("h3"), false, null))));
        add(c, "VisitService.close(String,String,String)", "AAAR", f -> {
            String id = f.asCli(() -> f.app.visits().record(VisitFixture.in("2026-11-02", "民事代办", List.of("h1"), true, "2026-11-30")));
            return run(() -> f.app.visits().close(id, "已办好", "2026-11-03"));
        });
        add(c, "VisitService.close(String,String,String)", "AARR", f -> {
            String id = f.asCli(() -> f.app.visits().record(VisitFixture.in("2026-11-02", "民事代办", List.of("h3"), true, "2026-11-30")));
            return run(() -> f.app.visits().close(id, "已办好", "2026-11-03"));
        });
        add(c, "VisitService.delete(String)", "AAAR", f -> {
            String id = f.asCli(() -> f.app.visits().record(VisitFixture.in("2026-11-02", "其他", List.of("h1"), false, null)));
            return run(() -> f.app.visits().delete(id));
        });
        add(c, "VisitService.delete(String)", "AARR", f -> {
            String id = f.asCli(() -> f.app.visits().record(VisitFixture.in("2026-11-02", "其他", List.of("h3"), false, null)));
            return run(() -> f.app.visits().delete(id));
        });
        add(c, "VisitService.record(VisitInput,String)", "AAAR", f -> f.app.visits().record(
                VisitFixture.in("2026-11-02", "入户走访", List.of("h1"), false, null), "核实后更正"));
        add(c, "VisitService.edit(String,VisitInput,String)", "AAAR", f -> run(() -> f.app.visits().edit(visitOf(f, "h1"),
                VisitFixture.in("2026-07-12", "入户走访", List.of("h1"), false, null), "核实后更正")));
        add(c, "VisitService.close(String,String,String,String)", "AAAR", f -> {
            String id = f.asCli(() -> f.app.visits().record(VisitFixture.in("2026-11-02", "民事代办", List.of("h1"), true, "2026-11-30")));
            return run(() -> f.app.visits().close(id, "已办好", "2026-11-03", "核实后更正"));
        });
        add(c, "VisitService.delete(String,String)", "AARR", f -> {
            String id = f.asCli(() -> f.app.visits().record(VisitFixture.in("2026-11-02", "其他", List.of("h3"), false, null)));
            return run(() -> f.app.visits().delete(id, "核实后更正"));
        });
        add(c, "VisitService.setGridMonitor(long,Long)", "AARR", f -> run(() -> f.app.visits().setGridMonitor(f.g1,
                f.asCli(() -> f.app.visits().cadres().get(0).personId()))));
        add(c, "VisitService.setResponsibleCadre(long,Long)", "AAAR", f -> run(() -> f.app.visits().setResponsibleCadre(
                monitoringOf(f, "h1"), f.asCli(() -> f.app.visits().cadres().get(f.serial++ % 2).personId()))));
        add(c, "VisitService.setResponsibleCadre(long,Long)", "AARR", f -> run(() -> f.app.visits().setResponsibleCadre(
                monitoringOf(f, "h3"), f.asCli(() -> f.app.visits().cadres().get(0).personId()))));

        // --- points: the catalogue is a setting; entries by who may edit the households
        add(c, "PointsService.items(long)", "AAAA", f -> f.app.points().items(f.v1));
        add(c, "PointsService.saveItem(PointsItem)", "AARR",
                f -> f.app.points().saveItem(new PointsItem(0, f.v1, f.unique("积分项目"), "加分", 5, true)));
        add(c, "PointsService.bulkEntry(PointsItem,List,LocalDate,int,String,String,String)", "AAAR", f -> f.app.points()
                .bulkEntry(item(f), List.of("h1"), LocalDate.of(2026, 11, 2), 5, null, "网格员甲", null));
        add(c, "PointsService.bulkEntry(PointsItem,List,LocalDate,int,String,String,String)", "AARR", f -> f.app.points()
                .bulkEntry(item(f), List.of("h1", "h3"), LocalDate.of(2026, 11, 2), 5, null, "网格员甲", null));
        add(c, "PointsService.bulkEntry(PointsItem,List,LocalDate,int,String,String,String,String)", "AARR", f -> f.app
                .points().bulkEntry(item(f), List.of("h1", "h3"), LocalDate.of(2026, 11, 2), 5, null, "网格员甲", null, "核实后补录"));

        // --- report definitions: every role reads them; administrators change them
        add(c, "ReportSettingsService.canEditDefinitions()", "AAAA", f -> f.app.reportSettings().canEditDefinitions());
        add(c, "ReportSettingsService.definitions()", "AAAA", f -> f.app.reportSettings().definitions());
        add(c, "ReportSettingsService.saveDefinitions(ReportSettings)", "AARR",
                f -> run(() -> f.app.reportSettings().saveDefinitions(f.app.reportSettings().definitions())));
        add(c, "ReportSettingsService.restoreDefaultDefinitions()", "AARR",
                f -> run(() -> f.app.reportSettings().restoreDefaultDefinitions()));
        add(c, "ReportSettingsService.footer()", "AAAA", f -> f.app.reportSettings().footer());
        add(c, "ReportSettingsService.saveFooter(Footer)", "AAAA",
                f -> run(() -> f.app.reportSettings().saveFooter(new Footer("张填表", "李审核", "0311-1234567", null))));

        // --- reports: the township roles everything (只读 masked); a grid worker R3, R4, C2 of their grid only
        add(c, "ReportService.exportableReports()", "AAAA", f -> f.app.reports().exportableReports(),
                (f, who, r) -> assertEquals(who == Who.GRID_WORKER ? List.of(ReportKind.MONITORING, ReportKind.POINTS,
                        ReportKind.HOUSEHOLD_LEDGER) : List.of(ReportKind.values()), r));
        add(c, "ReportService.exportScopes()", "AAAA", f -> f.app.reports().exportScopes(), (f, who, r) -> {
            List<?> scopes = (List<?>) r;
            assertEquals(who == Who.GRID_WORKER ? "[ExportScope[label=安恕村一组网格, villageCode=130102100201, gridId="
                    + f.g1 + "]]" : "3 scopes", who == Who.GRID_WORKER ? r.toString() : scopes.size() + " scopes");
        });
        for (ReportKind kind : ReportKind.values()) {
            boolean gridReport = Set.of(ReportKind.MONITORING, ReportKind.POINTS, ReportKind.HOUSEHOLD_LEDGER).contains(kind);
            add(c, "ReportService.table(ReportKind,Request)", "AARA", f -> rows(f.app.reports().table(kind, township)));
            add(c, "ReportService.table(ReportKind,Request)", gridReport ? "AAAA" : "AARA",
                    f -> rows(f.app.reports().table(kind, new Request(Q3, null, Footer.empty(), f.g1))));
            add(c, "ReportService.table(ReportKind,Request)", "AARA",
                    f -> rows(f.app.reports().table(kind, new Request(Q3, null, Footer.empty(), f.g2))));
            add(c, "ReportService.export(List,Request,Path,boolean,Progress)", "AARA",
                    f -> f.app.reports().export(List.of(kind), village1, f.file(kind.code()), false, Progress.NONE));
            add(c, "ReportService.export(List,Request,Path,boolean,boolean,Progress)", gridReport ? "AAAA" : "AARA",
                    f -> f.app.reports().export(List.of(kind), new Request(Q3, null, Footer.empty(), f.g1),
                            f.file(kind.code()), false, false, Progress.NONE), AccessMatrixTest::titlesNameTheGrid);
        }
        add(c, "ReportService.export(List,Request,Path,boolean,boolean,Progress)", "AARA",
                f -> f.app.reports().export(List.of(ReportKind.MONITORING, ReportKind.HOUSEHOLD_LEDGER), township,
                        f.file("all.xlsx"), true, false, Progress.NONE));
        add(c, "ReportService.export(List,Request,Path,boolean,boolean,Progress)", "AARA",
                f -> f.app.reports().export(List.of(ReportKind.HOUSEHOLD_LEDGER), new Request(Q3, null, Footer.empty(), f.g2),
                        f.file("other"), false, false, Progress.NONE));
        add(c, "ReportService.exportHouseholdLedger(LedgerScope,Path,boolean,Progress)", "AAAA",
                f -> f.app.reports().exportHouseholdLedger(new LedgerScope(Q3, null, f.g1), f.file("g1.xlsx"), false,
                        Progress.NONE));
        add(c, "ReportService.exportHouseholdLedger(LedgerScope,Path,boolean,Progress)", "AARA",
                f -> f.app.reports().exportHouseholdLedger(new LedgerScope(Q3, f.v1, null), f.file("v1.xlsx"), false,
                        Progress.NONE));
        add(c, "ReportService.ledgerFileName(LedgerScope)", "AAAA",
                f -> f.app.reports().ledgerFileName(new LedgerScope(Q3, null, f.g1)));
        add(c, "ReportService.fileName(ReportKind,Request)", "AAAA",
                f -> f.app.reports().fileName(ReportKind.MONITORING, township));

        // --- 报送 (#15): the township's staff (管理员) submit a quarter's exported reports; everyone sees what was submitted
        add(c, "QuarterSubmissionService.submit(Quarter,List)", "AARR", f -> {
            Path out = Files.createDirectories(f.file("submit"));
            List<Path> files = f.asCli(() -> f.app.reports().export(List.of(ReportKind.GRID_SUMMARY), township, out, false,
                    Progress.NONE).files().stream().map(ReportService.ExportedFile::file).toList());
            return f.app.submissions().submit(Q3, files);
        });
        add(c, "QuarterSubmissionService.fingerprint(Path)", "AAAA", f -> f.app.submissions().fingerprint(SAMPLE));
        add(c, "QuarterSubmissionService.isSubmitted(Quarter)", "AAAA", f -> f.app.submissions().isSubmitted(Q3));
        add(c, "QuarterSubmissionService.submissions(Quarter)", "AAAA", f -> f.app.submissions().submissions(Q3));
        add(c, "QuarterSubmissionService.submissions()", "AAAA", f -> f.app.submissions().submissions());
        add(c, "QuarterSubmissionService.lateEdits()", "AARR", f -> f.app.submissions().lateEdits());

        // --- import: administrators only (the dry run too: it reads every household to compare)
        add(c, "ImportService.preview(Path)", "AARR", f -> f.app.importer().preview(SAMPLE));
        add(c, "ImportService.analyse(Path,Options,Progress)", "AARR", f -> f.app.importer().analyse(SAMPLE,
                ImportService.Options.of(RosterKind.CADRE, null, true, false), Progress.NONE));
        add(c, "ImportService.importFile(Path,Options,Progress)", "AARR", f -> f.app.importer().importFile(SAMPLE,
                ImportService.Options.of(RosterKind.CADRE, null, true, false), Progress.NONE));
        add(c, "ImportService.writeErrorWorkbook(ImportReport,Path)", "AARR", f -> {
            ImportReport report = f.asCli(() -> f.app.importer().analyse(SAMPLE,
                    ImportService.Options.of(RosterKind.CADRE, null, true, false), Progress.NONE));
            return f.app.importer().writeErrorWorkbook(report, f.file("errors.xlsx"));
        });
        add(c, "ImportService.lateDepartures(List,List)", "AARR", f -> f.app.importer().lateDepartures(List.of(
                new cn.gridledger.logic.importer.MissingMember(1, "h1", null, "张三明", "张小明", null, "之子", null, null,
                        "农户信息台账", 3)), List.of(new cn.gridledger.model.MemberDeparture(1,
                cn.gridledger.model.code.DepartureReason.迁出, LocalDate.of(2026, 8, 3), null))));
        add(c, "ImportService.undoState()", "AAAA", f -> f.app.importer().undoState());
        add(c, "ImportService.undoLastImport()", "aaRR", f -> run(() -> f.app.importer().undoLastImport()));
        add(c, "ImportService.saveMapping(String,RosterKind,List,ColumnMapping)", "AARR", f -> {
            var header = f.asCli(() -> f.app.importer().preview(SAMPLE)).sheets().get(0).header();
            return run(() -> f.app.importer().saveMapping(f.unique("映射"), RosterKind.CADRE, header.labels(),
                    header.mapping()));
        });
        add(c, "ImportService.villages()", "AARR", f -> f.app.importer().villages());
        add(c, "ImportService.addVillages(Map)", "AARR", f -> f.app.importer().addVillages(Map.of()));
        add(c, "ImportService.savedMapping(String,DetectedHeader)", "AARR", f -> {
            var header = f.asCli(() -> f.app.importer().preview(SAMPLE)).sheets().get(0).header();
            String name = f.unique("按名映射");
            f.asCli(() -> {
                f.app.importer().saveMapping(name, RosterKind.CADRE, header.labels(), header.mapping());
                return null;
            });
            return f.app.importer().savedMapping(name, header);
        });
        add(c, "ImportService.savedMappingFor(DetectedHeader)", "AARR",
                f -> f.app.importer().savedMappingFor(f.asCli(() -> f.app.importer().preview(SAMPLE)).sheets().get(0).header()));

        // --- exchange packages (#16): administrators only in this slice (the command line is one); the rows that
        //     need a package stop at a data check (no such file, partner or conflict): ExchangeTest covers the work
        add(c, "ExchangeService.init(String,List,boolean)", "AARR", f -> f.app.exchange().init("安恕镇", List.of(), false));
        add(c, "ExchangeService.identity()", "AARR", f -> f.app.exchange().identity());
        add(c, "ExchangeService.partners()", "AARR", f -> f.app.exchange().partners());
        add(c, "ExchangeService.export(String,Path)", "aaRR", f -> f.app.exchange().export("无此对象", f.file("x.glx")));
        add(c, "ExchangeService.defaultFileName(String)", "aaRR", f -> f.app.exchange().defaultFileName("无此对象"));
        add(c, "ExchangeService.preview(Path)", "aaRR", f -> f.app.exchange().preview(f.file("none.glx")));
        add(c, "ExchangeService.importPackage(Path)", "aaRR", f -> f.app.exchange().importPackage(f.file("none.glx")));
        add(c, "ExchangeService.importPackage(Path,String)", "aaRR", f -> f.app.exchange().importPackage(f.file("none.glx"),
                "核实后补报"));
        add(c, "ExchangeService.conflicts()", "AARR", f -> f.app.exchange().conflicts());
        add(c, "ExchangeService.resolve(long,Keep)", "aaRR",
                f -> run(() -> f.app.exchange().resolve(999, ExchangeService.Keep.MINE)));
        add(c, "ExchangeService.resolveAll(Keep)", "AARR", f -> f.app.exchange().resolveAll(ExchangeService.Keep.THEIRS));
        add(c, "ExchangeService.undoLastImport()", "aaRR", f -> run(() -> f.app.exchange().undoLastImport()));
        add(c, "ExchangeService.setPartnerScope(String,List)", "aaRR",
                f -> f.app.exchange().setPartnerScope("无此对象", List.of("130102100201001")));

        // --- 县级汇总 (#16): administrators; on this township database the county's side stops at "not a county"
        add(c, "CountyService.defaultFileName()", "AARR", f -> f.app.county().defaultFileName());
        add(c, "CountyService.exportSnapshot(Path)", "AARR", f -> f.app.county().exportSnapshot(f.file("县级汇总.glx")));
        add(c, "CountyService.init(String)", "aaRR", f -> f.app.county().init("云禾县"));
        add(c, "CountyService.isCounty()", "AAAA", f -> f.app.county().isCounty());
        add(c, "CountyService.countyName()", "AARR", f -> f.app.county().countyName());
        add(c, "CountyService.status()", "AARR", f -> f.app.county().status());
        add(c, "CountyService.importSnapshots(List,Progress)", "aaRR",
                f -> f.app.county().importSnapshots(List.of(f.file("none.glx")), Progress.NONE));
        add(c, "CountyService.remove(String)", "aaRR", f -> run(() -> f.app.county().remove("130179201")));
        add(c, "CountyService.table(ReportKind,Quarter)", "aaRR", f -> f.app.county().table(ReportKind.GRID_SUMMARY, Q3));
        add(c, "CountyService.export(List,Quarter,Path,Progress)", "aaRR",
                f -> f.app.county().export(CountyService.REPORTS, Q3, f.dir, Progress.NONE));

        // --- deletions last: they change what the rows above read
        add(c, "HouseholdService.delete(String)", "AARR", f -> run(() -> f.app.households().delete("h4")));
        // h2 was on the ledger in the quarter submitted above (not by a grid worker, who may not): without a
        // reason the delete stops at that check
        add(c, "HouseholdService.delete(String)", "aaAR", f -> run(() -> f.app.households().delete("h2")));
        add(c, "HouseholdService.deleted()", "AAAA", f -> f.app.households().deleted(), (f, who, r) -> {
            String text = String.valueOf(r);
            assertEquals(who != Who.GRID_WORKER && who != Who.READ_ONLY, text.contains("孙八"), who + ": " + text);
        });
        add(c, "HouseholdService.restore(String)", "AARR", f -> run(() -> f.app.households().restore("h4")));
        add(c, "HouseholdService.delete(String,String)", "AAAR", f -> run(() -> f.app.households().delete("h2", "录错了")));
        add(c, "HouseholdService.restore(String,String)", "AARR", f -> run(() -> f.app.households().restore("h4", "误删")));
        return c;
    }

    /**
     * Public methods that are not a user's action: they join the caller's transaction (the UI holds no
     * connection), work on files before any database is open, or are pure functions of their arguments.
     */
    static final Map<String, String> NOT_ACTIONS = Map.ofEntries(
            Map.entry("AuditService.record(Connection,AuditAction,String,String,String,List)", "inside a service's transaction"),
            Map.entry("AuditService.record(Connection,AuditAction,String,String,String)", "inside a service's transaction"),
            Map.entry("AuditService.latestId(Connection)", "inside a service's transaction"),
            Map.entry("AuditService.actionsAfter(Connection,long)", "inside a service's transaction"),
            Map.entry("BackupService.backupsOf(Path)", "start-up with a damaged database: files only"),
            Map.entry("BackupService.verify(Path)", "start-up with a damaged database: files only"),
            Map.entry("BackupService.newestGoodBackup(Path)", "start-up with a damaged database: files only"),
            Map.entry("BackupService.restore(Path,Path,String)", "closed database; the window calls requireRestoreAllowed first"),
            Map.entry("CadreService.defaultCategory(PostType)", "pure function"),
            Map.entry("CadreService.age(FuzzyDate,LocalDate)", "pure function"),
            Map.entry("ImportService.headerSignature(List)", "pure function"));

    // ------------------------------------------------------------------------------------------ the tests

    @TempDir
    Path dir;

    @Test
    void everyPublicServiceMethodHasARow() {
        Set<String> covered = cases().stream().map(Case::method).collect(Collectors.toCollection(TreeSet::new));
        covered.addAll(NOT_ACTIONS.keySet());
        Set<String> all = publicServiceMethods();
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(all);
        assertEquals(Set.of(), missing, "public service methods without a row in the access matrix");
        assertEquals(Set.of(), stale, "rows of the access matrix for methods that do not exist");
    }

    @Test
    void administrator() throws Exception {
        runAll(Who.ADMIN);
    }

    @Test
    void commandLine() throws Exception {
        runAll(Who.COMMAND_LINE);
    }

    @Test
    void gridWorkerWithOneGrid() throws Exception {
        runAll(Who.GRID_WORKER);
    }

    @Test
    void readOnly() throws Exception {
        runAll(Who.READ_ONLY);
    }

    /** The service classes: what {@link AppServices} hands out. */
    static Set<String> publicServiceMethods() {
        Set<String> out = new TreeSet<>();
        for (Method getter : AppServices.class.getMethods()) {
            Class<?> type = getter.getReturnType();
            if (getter.getParameterCount() != 0 || !type.getSimpleName().endsWith("Service")
                    || !type.getPackageName().equals(AppServices.class.getPackageName())) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    out.add(signature(m));
                }
            }
        }
        return out;
    }

    static String signature(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "("
                + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    private void runAll(Who who) throws Exception {
        Fixture f = fixture(who);
        List<String> failures = new ArrayList<>();
        try {
            int index = who.ordinal();
            for (Case c : cases()) {
                char expect = c.expect().charAt(index);
                f.app.session().signIn(f.users.get(who));
                String label = c.method() + " as " + who + " (expected " + expect + ")";
                try {
                    Object result = c.call().run(f);
                    if (expect != 'A') {
                        failures.add(label + ": was allowed, returned " + result);
                        continue;
                    }
                    f.app.session().signIn(f.users.get(who));
                    generic(f, who, result);
                    if (c.check() != null) {
                        c.check().verify(f, who, result);
                    }
                } catch (AccessDeniedException e) {
                    if (expect != 'R') {
                        failures.add(label + ": refused: " + e.getMessage());
                    } else {
                        refusalIsChineseAndAudited(f, who, e, label, failures);
                    }
                } catch (UserFacingException e) {
                    if (expect != 'a') {
                        failures.add(label + ": failed: " + e.getMessage());
                    }
                } catch (AssertionError e) {
                    failures.add(label + ": " + e.getMessage());
                } catch (Exception e) {
                    failures.add(label + ": " + e + " at " + Arrays.stream(e.getStackTrace()).limit(6).map(String::valueOf)
                            .collect(Collectors.joining(" < ")));
                }
            }
        } finally {
            f.app.close();
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " rows do not hold:\n" + String.join("\n", failures));
        }
    }

    /** Scope and masking, whatever the method: no other grid's people for a grid worker, nothing whole for 只读. */
    private static void generic(Fixture f, Who who, Object result) throws IOException {
        String text = textOf(result);
        if (who == Who.GRID_WORKER) {
            for (String name : OUTSIDE) {
                assertTrue(!text.contains(name), "a person of another grid (" + name + ") in " + abbreviate(text));
            }
        }
        if (who == Who.READ_ONLY) {
            assertTrue(!FULL_ID.matcher(text).find(), "a whole ID number in " + abbreviate(text));
            assertTrue(!FULL_MOBILE.matcher(text).find(), "a whole mobile number in " + abbreviate(text));
        }
    }

    private static void refusalIsChineseAndAudited(Fixture f, Who who, AccessDeniedException e, String label,
            List<String> failures) throws Exception {
        if (!e.getMessage().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            failures.add(label + ": refusal not in Chinese: " + e.getMessage());
        }
        f.app.audit().awaitRefusals();
        List<AuditEntry> latest = f.asCli(() -> f.app.audit().search(AuditFilter.latest(5)));
        boolean audited = latest.stream().anyMatch(a -> a.action() == AuditAction.REFUSED
                && a.summary().equals(e.getMessage()) && a.who().equals(f.users.get(who).displayName()));
        if (!audited) {
            failures.add(label + ": refusal not in the audit log: " + e.getMessage() + " / " + latest);
        }
    }

    /** The result as text: records' own text, and for exported files every cell of every sheet. */
    static String textOf(Object result) throws IOException {
        if (result instanceof Path p && Files.isRegularFile(p) && p.toString().endsWith(".xlsx")) {
            return workbookText(p);
        }
        if (result instanceof ReportService.ExportSummary s) {
            StringBuilder sb = new StringBuilder();
            for (ReportService.ExportedFile file : s.files()) {
                sb.append(workbookText(file.file())).append('\n');
            }
            return sb.toString();
        }
        if (result instanceof ReportService.ExportedFile file) {
            return workbookText(file.file());
        }
        return String.valueOf(result);
    }

    static String workbookText(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        DataFormatter f = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        sb.append(f.formatCellValue(cell)).append('\t');
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void titlesNameTheGrid(Fixture f, Who who, Object result) throws IOException {
        for (ReportService.ExportedFile file : ((ReportService.ExportSummary) result).files()) {
            String title = workbookText(file.file()).lines().findFirst().orElse("");
            assertTrue(title.startsWith("安恕镇安恕村一组网格"), "the title names the grid: " + title);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    // ------------------------------------------------------------------------------------------ fixture

    private Fixture fixture(Who who) throws Exception {
        Fixture f = new Fixture();
        f.dir = dir;
        f.who = who;
        Path db = dir.resolve("matrix.db");
        ReportFixture.create(db);
        f.app = AppServices.open(db);
        VisitFixture.add(f.app);
        f.g1 = f.app.grids().gridByAnyCode(ReportFixture.V1 + "001");
        f.g2 = f.app.grids().gridByAnyCode(ReportFixture.V1 + "002");
        f.g3 = f.app.grids().gridByAnyCode(ReportFixture.V2 + "001");
        f.v1 = f.app.grids().villages().stream().filter(v -> v.code().equals(ReportFixture.V1)).findFirst().orElseThrow().id();
        f.v2 = f.app.grids().villages().stream().filter(v -> v.code().equals(ReportFixture.V2)).findFirst().orElseThrow().id();
        AccountService accounts = f.app.accounts();
        long admin = accounts.createAccount("zhang", "张管理", Role.ADMIN, Set.of(), PASSWORD);
        long worker = accounts.createAccount("wgy", "网格员甲", Role.GRID_WORKER, Set.of(f.g1), PASSWORD);
        long reader = accounts.createAccount("ck", "查看员", Role.READ_ONLY, Set.of(), PASSWORD);
        f.spareAccount = accounts.createAccount("spare", "备用", Role.READ_ONLY, Set.of(), PASSWORD);
        f.users.put(Who.ADMIN, new CurrentUser(admin, "zhang", "张管理", Role.ADMIN, Set.of()));
        f.users.put(Who.COMMAND_LINE, CurrentUser.COMMAND_LINE);
        f.users.put(Who.GRID_WORKER, new CurrentUser(worker, "wgy", "网格员甲", Role.GRID_WORKER, Set.of(f.g1)));
        f.users.put(Who.READ_ONLY, new CurrentUser(reader, "ck", "查看员", Role.READ_ONLY, Set.of()));
        return f;
    }

    private static void add(List<Case> c, String method, String expect, Call call) {
        c.add(new Case(method, expect, call, null));
    }

    private static void add(List<Case> c, String method, String expect, Call call, Check check) {
        c.add(new Case(method, expect, call, check));
    }

    private interface Action {
        void run() throws Exception;
    }

    private static Object run(Action a) throws Exception {
        a.run();
        return null;
    }

    /** A report's rows as text (the preview reads them the same way). */
    private static String rows(cn.gridledger.logic.report.ReportTable t) {
        StringBuilder sb = new StringBuilder(t.title()).append('\n');
        t.rows().forEach(Integer.MAX_VALUE, r -> sb.append(r).append("\n"));
        return sb.toString();
    }

    private static long chen(Fixture f) throws Exception {
        return f.asCli(() -> f.app.cadres().cadres(new CadreFilter(null, null, CadreService.Status.全部, "陈书记"), Q3.lastDay())
                .get(0).personId());
    }

    private static long monitoringOf(Fixture f, String household) throws Exception {
        return f.asCli(() -> f.app.monitoring().ofHousehold(household).get(0).id());
    }

    /** The first visit (newest first) naming {@code household}. */
    private static String visitOf(Fixture f, String household) throws Exception {
        return f.asCli(() -> f.app.visits().ofHousehold(household).get(0).id());
    }

    private static PointsItem item(Fixture f) throws Exception {
        return f.asCli(() -> {
            long id = f.app.points().saveItem(new PointsItem(0, f.v1, f.unique("卫生评比"), "加分", 5, true));
            return f.app.points().items(f.v1).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        });
    }

    private static CadreEdit newCadre(Fixture f) {
        String id = validId("19850301", 100 + f.serial++);
        PersonInput person = new PersonInput("新干部" + f.serial, id, "男", "1985-03", "汉族", "群众", null, null, null,
                "13912345678", null, null, null, null, null, null, null, null);
        PostInput post = new PostInput("村委会委员", "村两委", f.v1, null, null, null, null, "2026-10", null, false, false, null);
        return new CadreEdit(null, person, List.of(post), List.of());
    }

    static String validId(String birth8, int seq) {
        String first17 = "130102" + birth8 + String.format("%03d", (seq * 2 + 1) % 1000); // odd: a man
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
