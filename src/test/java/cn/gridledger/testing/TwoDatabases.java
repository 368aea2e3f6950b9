package cn.gridledger.testing;

import static cn.gridledger.logic.service.HouseholdFixtures.detail;
import static cn.gridledger.logic.service.HouseholdFixtures.id;
import static cn.gridledger.logic.service.HouseholdFixtures.member;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdFixtures;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;

/**
 * Two real databases for exchange packages (#16), as logic/exchange/TwoLaptops starts them: the township's (A, with
 * its exchange identity 安恕镇 and an administrator) and a grid worker's laptop (B) that is a copy of A's file, not
 * yet set up with {@code init --copy}, so a test can do that step itself (from the window, for instance).
 */
public final class TwoDatabases implements AutoCloseable {

    public static final String TOWNSHIP = "安恕镇";
    public static final String LAPTOP = "安恕村一组网格";
    public static final String H1 = "130102100201000101";
    public static final String H2 = "130102100201000102";
    public static final String H4 = "130102100201000104";
    public static final String ADMIN = "zhangmin";
    public static final String PASSWORD = "secret-123";

    public final Path dir;
    public final Path aFile;
    public final Path bFile;
    /** The township's database, signed in as the administrator. */
    public AppServices a;
    public final List<Grid> grids;
    private AppServices b;
    private int packages;

    public TwoDatabases(Path dir) throws Exception {
        this.dir = dir;
        aFile = dir.resolve("township/gridledger.db");
        bFile = dir.resolve("laptop/gridledger.db");
        Files.createDirectories(aFile.getParent());
        a = AppServices.open(aFile);
        grids = HouseholdFixtures.township(a);
        a.accounts().createFirstAdministrator(ADMIN, "张敏", PASSWORD);
        long g1 = grids.get(0).id();
        a.households().save(detail(H1, g1, "13900000001", member("张三明", id("19500312", 1), "户主"),
                member("李秀英", id("19520506", 2), "配偶")));
        a.households().save(detail(H2, g1, "13900000002", member("李四", id("19600101", 5), "户主")));
        a.households().save(detail(H4, grids.get(1).id(), "13900000004", member("赵六", id("19710404", 9), "户主")));
        a.exchange().init(TOWNSHIP, null, false);
        a.close();
        Files.createDirectories(bFile.getParent());
        Files.copy(aFile, bFile); // how a laptop gets its start
        a = open(aFile);
    }

    /** The laptop's database, signed in as the administrator (closed with this). */
    public AppServices openLaptop() {
        b = open(bFile);
        return b;
    }

    private static AppServices open(Path file) {
        AppServices app = AppServices.open(file);
        app.accounts().login(ADMIN, PASSWORD);
        return app;
    }

    /** A fresh file name for a package in the folder. */
    public Path file(String name) {
        return dir.resolve(name + "-" + (++packages) + ".glx");
    }

    public static void setNotes(AppServices app, String hhNumber, String notes) {
        HouseholdDetail d = app.households().load(idOf(app, hhNumber));
        Household h = d.household();
        app.households().save(new HouseholdDetail(new Household(h.id(), h.hhNumber(), h.gridId(), h.villagerGroupId(),
                h.tenGroupNo(), h.tenGroupLeader(), h.address(), h.phone(), h.hhType(), h.dibao(), h.tekun(),
                h.housingStatus(), h.toiletStatus(), notes, h.since()), d.members(), d.monitoring(), d.awards(),
                d.pointsEntries(), d.redemptions()));
    }

    public static String notes(AppServices app, String hhNumber) {
        return app.households().load(idOf(app, hhNumber)).household().notes();
    }

    public static String idOf(AppServices app, String hhNumber) {
        return app.search().search(hhNumber, new HouseholdFilter(null, null, Set.of(), null)).stream()
                .filter(r -> hhNumber.equals(r.hhNumber())).findFirst().orElseThrow().id();
    }

    @Override
    public void close() {
        a.close();
        if (b != null) {
            b.close();
        }
    }
}
