package cn.gridledger.logic.service;

import java.nio.file.Path;

import cn.gridledger.logic.export.ExcelPreload;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;

/**
 * Everything the window and the command line may call, built on one open database.
 * UI and CLI code depend on this and the service classes, never on {@code logic.store}.
 */
public final class AppServices implements AutoCloseable {

    private final Database database;
    private final TownshipService township;
    private final MaintenanceService maintenance;
    private final DemoService demo;
    private final OverviewService overview;
    private final SearchService search;
    private final HouseholdService households;
    private final HouseholdChangeService householdChanges;
    private final GridService grids;
    private final PointsService points;
    private final DashboardService dashboard;
    private final Session session = new Session();
    private final AuditService audit;
    private final AccountService accounts;
    private final BackupService backup;
    private final CadreService cadres;
    private final MonitoringService monitoring;
    private final VisitService visits;
    private final ReportSettingsService reportSettings;
    private final ReportService reports;
    private final QuarterSubmissionService submissions;
    private final ImportService importer;
    private final ExchangeService exchange;
    private final CountyService county;

    private AppServices(Database database) {
        this.database = database;
        this.audit = new AuditService(database, session);
        session.onRefusal(audit::recordRefusal);
        this.accounts = new AccountService(database, session, audit);
        this.backup = new BackupService(database, session, audit);
        this.township = new TownshipService(database, session, audit);
        this.maintenance = new MaintenanceService(database, session);
        this.demo = new DemoService(database, session);
        this.overview = new OverviewService(database, session);
        this.cadres = new CadreService(database, session, audit);
        this.monitoring = new MonitoringService(database, session, audit);
        this.visits = new VisitService(database, session, audit);
        this.search = new SearchService(database, session);
        this.households = new HouseholdService(database, search, session, audit);
        this.householdChanges = new HouseholdChangeService(database, session, audit, search, households);
        this.grids = new GridService(database, search, session, audit);
        this.points = new PointsService(database, search, session, audit);
        this.dashboard = new DashboardService(database, session);
        this.reportSettings = new ReportSettingsService(database, session, audit);
        this.reports = new ReportService(database, reportSettings, session, audit);
        this.submissions = new QuarterSubmissionService(database, session, audit, reports);
        this.importer = new ImportService(database, session, audit, backup, township);
        this.exchange = new ExchangeService(database, session, audit, backup, search);
        this.county = new CountyService(database, session, audit, exchange, reportSettings);
    }

    /** Opens (creating and migrating when needed) the database at {@code file}. */
    public static AppServices open(Path file) {
        return new AppServices(Database.open(file));
    }

    /** For the command line: the database's quick check runs while the command starts (see {@link Database#openCheckingLater}). */
    public static AppServices openCheckingLater(Path file) {
        return new AppServices(Database.openCheckingLater(file));
    }

    /**
     * Loads the Excel library on a background thread a moment from now (once per program run), so the
     * first export or import finds it ready. The window calls this at start, while the user logs in;
     * command-line commands do not (they either need POI at once or not at all).
     */
    public void preloadExcelLibrary() {
        ExcelPreload.startOnce();
    }

    public Path databaseFile() {
        return database.file();
    }

    public TownshipService township() {
        return township;
    }

    public MaintenanceService maintenance() {
        return maintenance;
    }

    public DemoService demo() {
        return demo;
    }

    public OverviewService overview() {
        return overview;
    }

    public SearchService search() {
        return search;
    }

    public HouseholdService households() {
        return households;
    }

    /** 分户, 合户 and 迁往其他网格 on a given day. */
    public HouseholdChangeService householdChanges() {
        return householdChanges;
    }

    public GridService grids() {
        return grids;
    }

    public PointsService points() {
        return points;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    /** Who is working; services check it before reading or changing data. */
    public Session session() {
        return session;
    }

    public AuditService audit() {
        return audit;
    }

    public AccountService accounts() {
        return accounts;
    }

    public BackupService backup() {
        return backup;
    }

    public CadreService cadres() {
        return cadres;
    }

    public MonitoringService monitoring() {
        return monitoring;
    }

    public VisitService visits() {
        return visits;
    }

    public ReportSettingsService reportSettings() {
        return reportSettings;
    }

    public ReportService reports() {
        return reports;
    }

    /** 报送: submitted quarters (#15). */
    public QuarterSubmissionService submissions() {
        return submissions;
    }

    public ImportService importer() {
        return importer;
    }

    /** Exchange packages between laptops (#16). */
    public ExchangeService exchange() {
        return exchange;
    }

    /** 县级汇总: a township's snapshot for the county, and a county office's copies of its townships. */
    public CountyService county() {
        return county;
    }

    @Override
    public void close() {
        audit.close();
        database.close();
    }
}
