package cn.gridledger.logic.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

import cn.gridledger.logic.AppVersion;
import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.county.SnapshotFormat;
import cn.gridledger.logic.county.SnapshotManifest;
import cn.gridledger.logic.export.WorkbookExporter;
import cn.gridledger.logic.io.AtomicFileWriter;
import cn.gridledger.logic.report.CountyTable;
import cn.gridledger.logic.report.Footer;
import cn.gridledger.logic.report.ReportContext;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportSettings;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.logic.report.Reports;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.BackupManager;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.SettingsRepository;
import cn.gridledger.logic.store.StoreException;
import cn.gridledger.logic.store.TownshipRepository;
import cn.gridledger.logic.store.county.CountyStore;
import cn.gridledger.logic.store.county.CountyStore.HeldTownship;
import cn.gridledger.logic.store.county.SnapshotContent;
import cn.gridledger.logic.store.exchange.ExchangeStore.Identity;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.Township;

/**
 * 县级汇总 (#16, docs/decisions/county-consolidation.md). A township exports its whole database, without accounts,
 * audit and keys, as a signed 县级汇总包; a county office's installation keeps the newest one of each township as a
 * read-only copy beside its own database and prints R1–R5 across all of them with a 乡镇 column.
 */
public final class CountyService {

    private static final Logger LOG = Logger.getLogger(CountyService.class.getName());
    private static final String SNAPSHOT_NO_KEY = "county.snapshotNo";
    private static final String ENTITY = "县级汇总";
    /** The county's staff sign in as administrators: its copies hold every township's ID numbers and phones. */
    private static final String USE = "使用县级汇总";
    /** The county-wide reports: the quarterly statistics and rosters the county consolidates (reports.md R1–R5). */
    public static final List<ReportKind> REPORTS = List.of(ReportKind.GRID_SUMMARY, ReportKind.CADRE_STRUCTURE,
            ReportKind.MONITORING, ReportKind.POINTS, ReportKind.RESERVE);

    private final Database db;
    private final Session session;
    private final AuditService audit;
    private final ExchangeService exchange;
    private final ReportSettingsService reportSettings;
    private final CountyStore store = new CountyStore();
    private final TownshipRepository townships = new TownshipRepository();
    private final SettingsRepository settings = new SettingsRepository();

    CountyService(Database db, Session session, AuditService audit, ExchangeService exchange,
            ReportSettingsService reportSettings) {
        this.db = db;
        this.session = session;
        this.audit = audit;
        this.exchange = exchange;
        this.reportSettings = reportSettings;
    }

    // ------------------------------------------------------------------------------ the township's side

    public record SnapshotResult(Path file, String township, long snapshotNo, long households, long members) {
    }

    /**
     * Writes this township's 县级汇总包 to {@code out} (a file, or a folder for 安恕镇_县级汇总_20261207.glx): a copy of
     * the whole database as it is now, stripped of what stays in the township ({@code SnapshotContent}).
     */
    public SnapshotResult exportSnapshot(Path out) {
        session.requireAdmin("导出县级汇总包");
        Path work = null;
        try {
            Path folder = db.file().toAbsolutePath().getParent();
            work = Files.createTempFile(folder, ".county-snapshot.", ".db");
            BackupManager.backupTo(db, work);
            SnapshotContent.strip(work);
            long[] figures = db.read(store::livingHouseholdsAndMembers);
            Path copy = work;
            return db.write(c -> {
                Township t = townships.township(c);
                if (t == null) {
                    throw new UserFacingException("本数据库还没有设置乡镇，不能导出县级汇总包。");
                }
                if (store.countyName(c).isPresent()) {
                    throw new UserFacingException("本数据库是县级汇总数据库，不能导出县级汇总包（县级汇总包由各乡镇导出）。");
                }
                Identity me = exchange.ensureIdentity(c);
                if (me.scope() != null) {
                    throw new UserFacingException("这是网格员的笔记本（" + me.name() + "），不能导出县级汇总包："
                            + "县级汇总包只能由乡镇电脑导出，包含全镇的数据。");
                }
                String was = settings.get(c, SNAPSHOT_NO_KEY);
                long no = was == null ? 1 : Long.parseLong(was) + 1;
                settings.put(c, SNAPSHOT_NO_KEY, String.valueOf(no));
                String now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
                SnapshotManifest m = new SnapshotManifest(SnapshotManifest.VERSION, me.installationId(), me.publicKey(),
                        t.code(), t.name(), t.countyName(), no, now, session.who(), Integer.parseInt(AppVersion.schema()),
                        figures[0], figures[1], null);
                Path file = Files.isDirectory(out) ? out.resolve(defaultFileName(t)) : out;
                audit.record(c, AuditAction.EXPORT, ENTITY, t.code(), "导出县级汇总包第 " + no + " 号：" + figures[0] + " 户 "
                        + figures[1] + " 人，文件 " + file);
                AtomicFileWriter.write(file, o -> SnapshotFormat.write(m, copy, me.privateKey(), o)); // last: rolls back on failure
                LOG.info(() -> "county snapshot " + no + " written, " + figures[0] + " households");
                return new SnapshotResult(file, t.name(), no, figures[0], figures[1]);
            });
        } catch (IOException | SQLException e) {
            throw new UserFacingException("无法准备县级汇总包：" + e.getMessage() + "。请检查数据文件夹所在磁盘是否已满。", e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** {@code 安恕镇_县级汇总_20261207.glx}. */
    public String defaultFileName() {
        session.requireAdmin("导出县级汇总包");
        Township t = db.read(townships::township);
        if (t == null) {
            throw new UserFacingException("本数据库还没有设置乡镇，不能导出县级汇总包。");
        }
        return defaultFileName(t);
    }

    private static String defaultFileName(Township t) {
        return (t.name() + "_县级汇总_" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + SnapshotFormat.EXTENSION)
                .replaceAll("[\\\\/:*?\"<>|]", "");
    }

    // ------------------------------------------------------------------------------ the county's side

    public record HeldCopy(String code, String name, long snapshotNo, String exportedAt, String exportedBy,
            long households, long members, String importedAt) {
    }

    public record Status(String county, Path folder, List<HeldCopy> townships) {
        public long households() {
            return townships.stream().mapToLong(HeldCopy::households).sum();
        }

        public long members() {
            return townships.stream().mapToLong(HeldCopy::members).sum();
        }
    }

    /** One file's outcome: the township it brought, or why it was not taken ({@code refusal}). */
    public record ImportOutcome(Path file, String code, String township, long snapshotNo, long households, long members,
            boolean replaced, String refusal) {
        public boolean imported() {
            return refusal == null;
        }
    }

    /** Whether this database is a county office's (the window then shows the 县级汇总 page instead of a township's). */
    public boolean isCounty() {
        return db.read(c -> store.countyName(c).isPresent());
    }

    /**
     * Makes this database a county office's: {@code name} heads the county reports. Signed out only in the first-run
     * wizard, on a database without a township (checked below), as for the demo township.
     */
    public Status init(String name) {
        if (session.isSignedIn()) {
            session.requireAdmin("设置县级汇总");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new UserFacingException("请填写县（市、区）的名称，例如“安平县”。");
        }
        db.writeVoid(c -> {
            if (townships.township(c) != null) {
                throw new UserFacingException("本数据库已设置为乡镇的数据库，不能再作县级汇总。县里汇总请用一个单独的新数据库"
                        + "（例如 --db 县级汇总.db）。");
            }
            store.saveCountyName(c, n);
            if (session.isSignedIn()) { // the wizard's database has no accounts yet: nobody to name in the log
                audit.record(c, AuditAction.UPDATE, ENTITY, n, "设置县级汇总：" + n);
            }
        });
        return db.read(this::status);
    }

    public Optional<String> countyName() {
        session.requireAdmin(USE);
        return db.read(store::countyName);
    }

    public Status status() {
        session.requireAdmin(USE);
        return db.read(this::status);
    }

    private Status status(Connection c) throws SQLException {
        return new Status(store.countyName(c).orElse(null), folder(), store.townships(c).stream().map(CountyService::copy).toList());
    }

    private static HeldCopy copy(HeldTownship t) {
        return new HeldCopy(t.code(), t.name(), t.snapshotNo(), t.exportedAt(), t.exportedBy(), t.households(),
                t.members(), t.importedAt());
    }

    /** Where the township copies live: {@code <database file>.townships} beside the county's database. */
    Path folder() {
        return db.file().resolveSibling(db.file().getFileName() + ".townships");
    }

    /**
     * Takes each file's township copy when it is a good 县级汇总包 newer than the one held (checked, read on as many
     * threads as the computer has cores, then registered one by one). A refused file changes nothing and does not stop
     * the others.
     */
    public List<ImportOutcome> importSnapshots(List<Path> files, Progress progress) {
        session.requireAdmin("导入县级汇总包");
        String county = db.read(store::countyName).orElseThrow(() -> new UserFacingException(
                "本数据库还没有设置为县级汇总数据库。请先设置县名（gridledger county init --name 县名），再导入各乡镇的县级汇总包。"));
        Path folder = folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserFacingException("无法建立乡镇数据文件夹：" + folder + "（" + e.getMessage() + "）。", e);
        }
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ImportOutcome>> pending = new ArrayList<>();
            for (Path f : files) {
                pending.add(pool.submit(() -> importOne(f, folder, county)));
            }
            List<ImportOutcome> out = new ArrayList<>();
            for (Future<ImportOutcome> p : pending) {
                out.add(p.get());
                progress.update(out.size(), files.size(), "导入县级汇总包");
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("导入被中断。", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private ImportOutcome importOne(Path file, Path folder, String county) {
        Path work = null;
        try {
            work = Files.createTempFile(folder, ".importing.", ".db");
            SnapshotManifest m = SnapshotFormat.read(file, work);
            String problem = db.read(c -> refusal(c, m));
            if (problem != null) {
                return refused(file, m, problem);
            }
            checkCopy(work, m);
            Path target = folder.resolve(m.townshipCode() + ".db");
            boolean replaced = Files.exists(target);
            synchronized (this) { // one township's copy is replaced and registered at a time
                problem = db.read(c -> refusal(c, m)); // another file of this run may have brought it meanwhile
                if (problem != null) {
                    return refused(file, m, problem);
                }
                Files.move(work, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                db.writeVoid(c -> {
                    store.put(c, new HeldTownship(m.townshipCode(), m.townshipName(), m.installationId(), m.publicKey(),
                            target.getFileName().toString(), m.snapshotNo(), m.createdAt(), m.createdBy(), m.households(),
                            m.members(), null));
                    audit.record(c, AuditAction.IMPORT, ENTITY, m.townshipCode(), "导入" + m.townshipName() + "的县级汇总包第 "
                            + m.snapshotNo() + " 号（" + m.households() + " 户 " + m.members() + " 人），文件 " + file.getFileName());
                });
            }
            if (m.countyName() != null && !m.countyName().isBlank() && !m.countyName().equals(county)) {
                LOG.info(() -> "township " + m.townshipCode() + " names county " + m.countyName() + ", this is " + county);
            }
            return new ImportOutcome(file, m.townshipCode(), m.townshipName(), m.snapshotNo(), m.households(), m.members(),
                    replaced, null);
        } catch (UserFacingException e) {
            return new ImportOutcome(file, null, null, 0, 0, 0, false, e.getMessage());
        } catch (IOException e) {
            return new ImportOutcome(file, null, null, 0, 0, 0, false,
                    "无法写入乡镇数据：" + e.getMessage() + "。请检查磁盘是否已满。");
        } finally {
            deleteQuietly(work);
        }
    }

    private static ImportOutcome refused(Path file, SnapshotManifest m, String why) {
        return new ImportOutcome(file, m.townshipCode(), m.townshipName(), m.snapshotNo(), 0, 0, false, why);
    }

    /** Why this snapshot is not taken, or null. */
    private String refusal(Connection c, SnapshotManifest m) throws SQLException {
        String code = m.townshipCode();
        if (code == null || !code.matches("\\d{9}")) {
            return "县级汇总包中的乡镇代码“" + code + "”不是 9 位数字，不能导入。";
        }
        if (m.schemaVersion() > Integer.parseInt(AppVersion.schema())) {
            return m.townshipName() + "的县级汇总包来自更新版本的网格台账（数据库结构版本 " + m.schemaVersion()
                    + "），请先把县里的网格台账升级。";
        }
        Optional<HeldTownship> held = store.township(c, code);
        if (held.isEmpty()) {
            return null;
        }
        HeldTownship h = held.get();
        if (!h.publicKey().equals(m.publicKey())) {
            return "乡镇代码 " + code + "（" + h.name() + "）已登记为另一台电脑导出的汇总包，这个包的签名与之不符，不能导入。"
                    + "如果乡镇确实换了电脑，请先在县级汇总中移除该乡镇，再导入新电脑的汇总包。";
        }
        if (m.snapshotNo() <= h.snapshotNo()) {
            return m.townshipName() + "的县级汇总包第 " + m.snapshotNo() + " 号" + (m.snapshotNo() == h.snapshotNo()
                    ? "已导入过" : "比已导入的第 " + h.snapshotNo() + " 号旧") + "，未作改动。";
        }
        return null;
    }

    /** The copy opens (migrated when the township's program was older), passes SQLite's check and is that township. */
    private static void checkCopy(Path work, SnapshotManifest m) {
        try {
            Database.prepareCopy(work);
        } catch (StoreException | cn.gridledger.logic.io.DamagedDatabaseException e) {
            // the store's own words advise restoring a backup of this computer's database, which is not the problem here
            LOG.warning(() -> "county snapshot of " + m.townshipCode() + " does not open: " + e.getMessage());
            throw new UserFacingException(m.townshipName() + "的县级汇总包中的数据库无法打开（可能已损坏，或来自不兼容的程序版本），"
                    + "未导入。请让乡镇用最新版本的网格台账重新导出县级汇总包。", e);
        }
        try (Database.OwnReader copy = Database.openCheckedCopy(work)) {
            Township t = copy.read(new TownshipRepository()::township);
            if (t == null || !m.townshipCode().equals(t.code())) {
                throw new UserFacingException("县级汇总包中的数据与清单不符（乡镇代码不一致），不能导入。请让乡镇重新导出。");
            }
        } catch (StoreException e) {
            throw new UserFacingException(m.townshipName() + "的县级汇总包中的数据库无法读取，未导入。请让乡镇重新导出县级汇总包。", e);
        }
    }

    /** Forgets a township (its copy is deleted): for a township that changed computers or left the county. */
    public void remove(String code) {
        session.requireAdmin("移除乡镇");
        HeldTownship t = db.read(c -> store.township(c, code)).orElseThrow(() -> new UserFacingException(
                "县级汇总中没有乡镇代码为 " + code + " 的乡镇。"));
        db.writeVoid(c -> {
            store.remove(c, code);
            audit.record(c, AuditAction.DELETE, ENTITY, code, "移除乡镇：" + t.name() + "（" + code + "）");
        });
        Path file = folder().resolve(t.file());
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            deleteQuietly(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** One county-wide report of the townships held (R1–R5), built with the county's definitions. */
    public ReportTable table(ReportKind kind, Quarter quarter) {
        session.requireAdmin(USE);
        if (!REPORTS.contains(kind)) {
            throw new UserFacingException("县级汇总提供网格基本情况、村干部队伍结构、防返贫监测、积分制管理和后备力量五张表（R1–R5）。");
        }
        if (quarter == null) {
            throw new UserFacingException("请选择统计季度，例如 2026Q3。");
        }
        Status s = status();
        if (s.county() == null) {
            throw new UserFacingException("本数据库还没有设置为县级汇总数据库。");
        }
        List<HeldCopy> held = s.townships();
        if (held.isEmpty()) {
            throw new UserFacingException("还没有导入任何乡镇的县级汇总包。");
        }
        ReportSettings definitions = reportSettings.definitions();
        Footer footer = reportSettings.footer();
        Path folder = s.folder();
        ReportTable sample = withCopy(folder, held.get(0), (name, data) ->
                Reports.build(kind, new ReportContext(name, quarter, null, null, definitions, footer), data));
        return CountyTable.combine(s.county(), quarter, sample, held.size(), visit -> {
            for (HeldCopy t : held) {
                withCopy(folder, t, (name, data) -> {
                    visit.accept(name, Reports.build(kind, new ReportContext(name, quarter, null, null, definitions, footer), data));
                    return null;
                });
            }
        });
    }

    private interface CopyWork<T> {
        T run(String township, DatabaseReportData data);
    }

    private static <T> T withCopy(Path folder, HeldCopy t, CopyWork<T> work) {
        Path file = folder.resolve(t.code() + ".db");
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException(t.name() + "的数据文件不见了：" + file + "。请重新导入该乡镇的县级汇总包。");
        }
        try (Database.OwnReader r = Database.openCheckedCopy(file)) {
            Township township = r.read(new TownshipRepository()::township);
            return work.run(township == null ? t.name() : township.name(), new DatabaseReportData(r));
        }
    }

    public record CountyExport(List<Path> files, double seconds) {
    }

    /** Writes each county-wide report to its own workbook in {@code folder}, e.g. 安平县_网格基本情况统计表（分乡镇汇总）_2026Q3.xlsx. */
    public CountyExport export(List<ReportKind> kinds, Quarter quarter, Path folder, Progress progress) {
        session.requireAdmin(USE);
        long start = System.nanoTime();
        List<Path> files = new ArrayList<>();
        for (ReportKind kind : kinds) {
            ReportTable t = table(kind, quarter);
            Path file = folder.resolve((t.title() + "_" + quarter.code() + ".xlsx").replaceAll("[\\\\/:*?\"<>|]", ""));
            WorkbookExporter.write(List.of(t), file, progress);
            files.add(file);
        }
        audit.recordNow(AuditAction.EXPORT, ENTITY, quarter.code(), "导出县级汇总报表 " + files.size() + " 个（" + quarter.label() + "）");
        return new CountyExport(files, (System.nanoTime() - start) / 1e9);
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.fine(() -> "could not delete " + p + ": " + e);
        }
    }
}
