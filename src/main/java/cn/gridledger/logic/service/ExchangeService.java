package cn.gridledger.logic.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.exchange.BaseRow;
import cn.gridledger.logic.exchange.CanonicalRow;
import cn.gridledger.logic.exchange.ExchangePackage;
import cn.gridledger.logic.exchange.GridCodes;
import cn.gridledger.logic.exchange.HouseholdRecheck;
import cn.gridledger.logic.exchange.Keys;
import cn.gridledger.logic.exchange.Manifest;
import cn.gridledger.logic.exchange.MergePlan;
import cn.gridledger.logic.exchange.MergePlan.FieldConflict;
import cn.gridledger.logic.exchange.MergePlan.RecordPlan;
import cn.gridledger.logic.exchange.MergePlanner;
import cn.gridledger.logic.exchange.PackageFormat;
import cn.gridledger.logic.exchange.PackageRecord;
import cn.gridledger.logic.exchange.ScopeFilter;
import cn.gridledger.logic.io.AtomicFileWriter;
import cn.gridledger.logic.io.BackupFile;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditEntry;
import cn.gridledger.logic.security.FieldChange;
import cn.gridledger.logic.security.Session;
import cn.gridledger.logic.store.Database;
import cn.gridledger.logic.store.TownshipRepository;
import cn.gridledger.logic.store.exchange.ExchangeStore;
import cn.gridledger.logic.store.exchange.ExchangeStore.BaseEntry;
import cn.gridledger.logic.store.exchange.ExchangeStore.Conflict;
import cn.gridledger.logic.store.exchange.ExchangeStore.Identity;
import cn.gridledger.logic.store.exchange.ExchangeStore.Partner;
import cn.gridledger.logic.store.exchange.ExchangeTables;
import cn.gridledger.logic.store.exchange.ExchangeTables.Column;
import cn.gridledger.logic.store.exchange.ExchangeTables.Ref;
import cn.gridledger.logic.store.exchange.ExchangeTables.Table;
import cn.gridledger.model.Township;

/**
 * Exchange packages between laptops without a server (#16): this installation's identity, exporting what changed
 * for a partner, previewing and importing a partner's package (three-way merge, conflicts to the inbox), and
 * resolving conflicts. Rules and format: docs/decisions/exchange-packages.md. Administrators only in this slice
 * (the command line is one); the GUI page decides grid workers' rights.
 */
public final class ExchangeService {

    private static final Logger LOG = Logger.getLogger(ExchangeService.class.getName());
    static final String ENTITY = "交换包";
    static final String ALREADY_IMPORTED = "此交换包已导入过";

    /** Which value a resolved conflict keeps. */
    public enum Keep { MINE, THEIRS }

    /** @param scope 全镇 or the grid codes joined by 、 */
    public record IdentityInfo(String installationId, String name, String scope, String copiedFrom, String createdAt) {
    }

    public record PartnerInfo(String installationId, String name, String scope, long lastSent, long lastReceived) {
    }

    /** @param records records in the package (tombstones included) */
    public record ExportResult(Path file, String partner, long packageNo, long ack, Map<String, Integer> counts,
            int records) {

        /** The records per kind in Chinese (农户 2、成员 3), or 无变化. */
        public String countsLine() {
            return countsText(counts);
        }
    }

    /**
     * One field changed on both sides, as a preview lists it.
     *
     * @param note why it is a conflict when only the other side changed it (a household rule the merge would break)
     */
    public record ConflictLine(String record, String field, String mine, String theirs, String note) {
    }

    /** What an import does (or did): the sender, counts, conflicts, grid changes; refusals when it is refused. */
    public record Preview(String file, String sender, String senderScope, long packageNo, long ack, String createdAt,
            String createdBy, long newRecords, long changedRecords, long deletedRecords, List<ConflictLine> conflicts,
            List<String> gridChanges, List<String> refusals, List<String> lateEdits, List<String> householdRules) {

        public String countsLine() {
            return "新增 " + newRecords + " · 更新 " + changedRecords + " · 删除 " + deletedRecords + " · 冲突 "
                    + conflicts.size();
        }
    }

    /** @param backup the pre-import backup */
    public record ImportResult(Preview preview, Path backup) {
    }

    /**
     * An open conflict of the inbox.
     *
     * @param note why it is one when only the other side changed the field (a household rule), else null
     */
    public record ConflictInfo(long id, String partner, String table, String record, String field, String fieldLabel,
            String mine, String theirs, String theirUser, String theirTime, String createdAt, String note) {
    }

    private final Database db;
    private final Session session;
    private final AuditService audit;
    private final BackupService backup;
    private final SearchService search;
    private final ExchangeStore store = new ExchangeStore();
    private final SubmittedQuarterGuard guard = new SubmittedQuarterGuard();
    private final TownshipRepository townships = new TownshipRepository();
    private final ImportUndo undo;

    ExchangeService(Database db, Session session, AuditService audit, BackupService backup, SearchService search) {
        this.db = db;
        this.session = session;
        this.audit = audit;
        this.backup = backup;
        this.search = search;
        this.undo = new ImportUndo(db, audit, backup);
    }

    private void requireExchange() {
        session.requireAdmin("使用交换包");
    }

    // ------------------------------------------------------------------------------------------ identity

    public Optional<IdentityInfo> identity() {
        requireExchange();
        return db.read(c -> store.identity(c).map(ExchangeService::info));
    }

    private static IdentityInfo info(Identity i) {
        return new IdentityInfo(i.installationId(), i.name(), scopeText(i.scope()), i.copiedFrom(), i.createdAt());
    }

    private static String scopeText(List<String> scope) {
        return scope == null ? Manifest.WHOLE_TOWNSHIP : String.join(Manifest.SCOPE_SEPARATOR, scope);
    }

    /**
     * Gives this database its exchange identity. {@code copy}: this file was copied from another installation
     * (a grid worker's laptop started from the township's database): it gets an identity of its own, and the one it
     * carried becomes its first partner, with today's records as their common base.
     *
     * @param gridCodes the laptop's grids, empty or null for 全镇
     */
    public IdentityInfo init(String name, List<String> gridCodes, boolean copy) {
        requireExchange();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new UserFacingException("请填写本机在交换中的名称，例如“王家村1网格”或乡镇名称。");
        }
        return db.write(c -> {
            requireTownship(c);
            Optional<Identity> existing = store.identity(c);
            if (existing.isPresent() && !copy) {
                throw new UserFacingException("本数据库已有交换身份“" + existing.get().name() + "”（" + scopeText(existing.get().scope())
                        + "）。如果本数据库是从“" + existing.get().name() + "”复制来的（例如网格员的笔记本），请在“备份与设置 → 交换包”中点“本机是从乡镇复制来的网格员笔记本…”"
                        + "（命令行：exchange init 加 --copy）取得本机自己的身份。");
            }
            if (existing.isEmpty() && copy) {
                throw new UserFacingException("本数据库中没有交换身份，无法作为复制的数据库初始化：请先在乡镇电脑的“备份与设置 → 交换包”中"
                        + "点“本机是乡镇电脑…”（命令行：gridledger exchange init --name 乡镇名称），再把数据库重新复制过来。");
            }
            List<String> scope = scope(c, gridCodes);
            String[] keys = Keys.generate();
            Identity mine = new Identity(UUID.randomUUID().toString(), n, scope, keys[0], keys[1],
                    copy ? existing.get().installationId() : null, null);
            String summary;
            if (copy) {
                Identity origin = existing.get();
                store.clearPartners(c);
                store.saveIdentity(c, mine);
                long partner = store.addPartner(c, origin.installationId(), origin.name(), origin.publicKey(), origin.scope());
                GridCodes codes = new GridCodes(store.grids(c));
                Map<String, List<CanonicalRow>> all = walk(c);
                // the common base: with fields where both sides may change records (the laptop's grids), a hash for
                // township-wide records (else the laptop would send them all, and be refused); the rest of the
                // township gets its base (a hash) with the township's first package, which brings every record
                ScopeFilter kept = new ScopeFilter(all, ScopeFilter.common(scope, origin.scope(), codes), codes, Map.of());
                List<BaseEntry> bases = new ArrayList<>();
                for (Table t : ExchangeTables.ALL) {
                    for (CanonicalRow r : all.get(t.name())) {
                        if (t.scope() == ExchangeTables.Scope.TOWNSHIP || kept.keepsFields(t, r.uid(), null)) {
                            bases.add(new BaseEntry(t.name(), r.uid(), kept.baseRow(t, r.uid(), normalized(t, r.fields(), codes))));
                        }
                    }
                }
                store.putBases(c, partner, bases);
                int based = bases.size();
                summary = "初始化交换身份“" + n + "”（" + scopeText(scope) + "）：本数据库复制自“" + origin.name() + "”，"
                        + based + " 条记录作为双方的共同基础";
            } else {
                store.saveIdentity(c, mine);
                summary = "初始化交换身份“" + n + "”（" + scopeText(scope) + "）";
            }
            audit.record(c, AuditAction.UPDATE, "交换身份", mine.installationId(), summary);
            return info(store.identity(c).orElseThrow());
        });
    }

    /** Grid codes as the grids' current codes; an unknown code is refused. */
    private List<String> scope(Connection c, List<String> gridCodes) throws SQLException {
        if (gridCodes == null || gridCodes.isEmpty()) {
            return null;
        }
        GridCodes codes = new GridCodes(store.grids(c));
        Set<String> known = new HashSet<>();
        store.grids(c).forEach(g -> known.add(g.code()));
        List<String> out = new ArrayList<>();
        for (String code : gridCodes) {
            String current = codes.normalize(code.strip());
            if (!known.contains(current)) {
                throw new UserFacingException("没有代码为 " + code + " 的网格。请用“网格与农户”中显示的网格代码（15 位）。");
            }
            if (!out.contains(current)) {
                out.add(current);
            }
        }
        return out;
    }

    private Township requireTownship(Connection c) throws SQLException {
        Township t = townships.township(c);
        if (t == null) {
            throw new UserFacingException("本数据库还没有设置乡镇，不能使用交换包。");
        }
        return t;
    }

    /** The identity, created on first use for the township (its name, 全镇). */
    Identity ensureIdentity(Connection c) throws SQLException {
        Optional<Identity> existing = store.identity(c);
        if (existing.isPresent()) {
            return existing.get();
        }
        Township t = requireTownship(c);
        String[] keys = Keys.generate();
        Identity mine = new Identity(UUID.randomUUID().toString(), t.name(), null, keys[0], keys[1], null, null);
        store.saveIdentity(c, mine);
        audit.record(c, AuditAction.UPDATE, "交换身份", mine.installationId(), "初始化交换身份“" + t.name() + "”（全镇）");
        return store.identity(c).orElseThrow();
    }

    public List<PartnerInfo> partners() {
        requireExchange();
        return db.read(c -> store.partners(c).stream().map(p -> new PartnerInfo(p.installationId(), p.name(),
                scopeText(p.scope()), p.lastSent(), p.lastReceived())).toList());
    }

    // ------------------------------------------------------------------------------------------ export

    /**
     * Writes the package for a partner: every record of this installation's scope that differs from what the
     * partner is believed to have. {@code out} is the file, or a folder for the usual name
     * (安恕镇_王家村1网格_20261204.glx).
     */
    public ExportResult export(String partnerName, Path out) {
        requireExchange();
        return db.write(c -> {
            Township township = requireTownship(c);
            Identity me = ensureIdentity(c);
            Partner p = partnerNamed(c, partnerName);
            GridCodes codes = new GridCodes(store.grids(c));
            Map<String, List<CanonicalRow>> all = walk(c);
            Map<String, Map<String, BaseRow>> base = store.bases(c, p.id());
            Map<String, List<CanonicalRow>> mine = new ScopeFilter(all, me.scope(), codes, base).sendable(all);
            ScopeFilter kept = new ScopeFilter(all, ScopeFilter.common(me.scope(), p.scope(), codes), codes, base);
            Map<String, List<PackageRecord>> records = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            int total = 0;
            for (Table t : ExchangeTables.ALL) {
                Map<String, BaseRow> b = base.get(t.name());
                List<PackageRecord> list = new ArrayList<>();
                for (CanonicalRow r : mine.get(t.name())) {
                    BaseRow known = b.get(r.uid());
                    Map<String, String> now = normalized(t, r.fields(), codes);
                    if (known == null || !known.normalized(f -> normalized(t, f, codes)).same(t, now)) {
                        list.add(new PackageRecord(r.uid(), now, known == null ? null : known.fields()));
                    }
                }
                Set<String> present = new HashSet<>();
                all.get(t.name()).forEach(r -> present.add(r.uid()));
                b.forEach((uid, known) -> {
                    if (!present.contains(uid)) {
                        list.add(new PackageRecord(uid, null, known.fields())); // deleted here since
                    }
                });
                records.put(t.name(), list);
                counts.put(t.name(), list.size());
                total += list.size();
                ExchangeBaseForms.keep(c, store, p.id(), t, all.get(t.name()), b, kept, f -> normalized(t, f, codes));
            }
            long no = p.lastSent() + 1;
            String now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
            Manifest m = new Manifest(Manifest.VERSION, me.installationId(), me.name(), me.publicKey(), p.installationId(),
                    p.name(), township.code(), township.name(), me.scope(), no, p.lastReceived(), now, session.who(), counts,
                    null);
            byte[] bytes = PackageFormat.encode(m, store.grids(c), records, me.privateKey());
            List<BaseEntry> sent = new ArrayList<>();
            for (Table t : ExchangeTables.ALL) {
                for (PackageRecord r : records.get(t.name())) {
                    sent.add(new BaseEntry(t.name(), r.uid(), r.deleted() ? null : kept.baseRow(t, r.uid(), r.row())));
                }
            }
            store.putSent(c, p.id(), no, sent);
            store.sent(c, p.id(), no);
            Path file = target(out, township, me, p);
            audit.record(c, AuditAction.EXCHANGE_EXPORT, ENTITY, file.getFileName().toString(), "导出交换包第 " + no
                    + " 号给“" + p.name() + "”：" + total + " 条记录（" + countsText(counts) + "），文件 " + file);
            AtomicFileWriter.write(file, o -> o.write(bytes)); // last: a file that cannot be written rolls all back
            LOG.info(() -> "exchange package " + no + " to " + p.installationId() + ": " + counts);
            return new ExportResult(file, p.name(), no, p.lastReceived(), counts, records.values().stream().mapToInt(List::size).sum());
        });
    }

    private Partner partnerNamed(Connection c, String nameOrId) throws SQLException {
        String key = nameOrId == null ? "" : nameOrId.strip();
        List<Partner> named = store.partnersNamed(c, key);
        if (named.size() == 1) {
            return named.get(0);
        }
        Optional<Partner> byId = store.partner(c, key);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<String> names = store.partners(c).stream().map(Partner::name).toList();
        if (named.size() > 1) {
            throw new UserFacingException("有 " + named.size() + " 个交换对象都叫“" + key + "”，请用安装标识指定："
                    + String.join("、", store.partnersNamed(c, key).stream().map(Partner::installationId).toList()));
        }
        throw new UserFacingException("没有名为“" + key + "”的交换对象。" + (names.isEmpty()
                ? "还没有与任何电脑交换过：请先导入对方的交换包（笔记本初始化后导出的第一个包）。"
                : "已知的交换对象：" + String.join("、", names)));
    }

    private static Path target(Path out, Township t, Identity me, Partner p) {
        if (!Files.isDirectory(out)) {
            return out;
        }
        return out.resolve(fileName(t, me, p));
    }

    /** The usual file name of the package for a partner (安恕镇_王家村1网格_20261204.glx), as export names it in a folder. */
    public String defaultFileName(String partnerName) {
        requireExchange();
        return db.read(c -> {
            Township t = requireTownship(c);
            Partner p = partnerNamed(c, partnerName);
            Identity me = store.identity(c).orElse(null);
            return me == null ? fileName(t, new Identity(null, t.name(), null, null, null, null, null), p) : fileName(t, me, p);
        });
    }

    private static String fileName(Township t, Identity me, Partner p) {
        String date = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        String name = me.scope() == null ? t.name() + "_发往" + p.name() : t.name() + "_" + me.name();
        return safe(name + "_" + date) + PackageFormat.EXTENSION;
    }

    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]", "_");
    }

    private static String countsText(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Table t : ExchangeTables.ALL) {
            Integer n = counts.get(t.name());
            if (n != null && n > 0) {
                parts.add(t.label() + " " + n);
            }
        }
        return parts.isEmpty() ? "无变化" : String.join("、", parts);
    }

    // ------------------------------------------------------------------------------------------ preview and import

    /** What importing the package would do; nothing is written. */
    public Preview preview(Path file) {
        requireExchange();
        ExchangePackage pkg = PackageFormat.read(file);
        return db.read(c -> {
            Checked k = check(c, pkg, file);
            Map<String, Map<String, BaseRow>> base = baseAfterAck(c, k.partner(), pkg.manifest().ack());
            MergePlan plan = plan(c, pkg, k.me(), base);
            return preview(c, file, pkg, plan, guard.late(c, datedFacts(c, plan)));
        });
    }

    /**
     * Imports a partner's package in one transaction after a pre-import backup: checked, merged field by field,
     * conflicts to the inbox, audited. A grid worker's package that reaches outside its grids is refused whole.
     *
     * @throws UserFacingException in Chinese when refused (nothing written)
     */
    public ImportResult importPackage(Path file) {
        return importPackage(file, null);
    }

    /**
     * As {@link #importPackage(Path)}, with the reason for merging changes that reach a quarter already
     * submitted (报送): listed by the preview, kept for the next export's 补充说明.
     *
     * @throws SubmittedQuarterException when the package reaches one and the reason is blank (nothing written)
     */
    public ImportResult importPackage(Path file, String lateEditReason) {
        requireExchange();
        ExchangePackage pkg = PackageFormat.read(file);
        db.read(c -> { // refused before a backup is made for nothing
            Checked k = check(c, pkg, file);
            MergePlan plan = plan(c, pkg, k.me(), baseAfterAck(c, k.partner(), pkg.manifest().ack()));
            refuseIf(file, pkg, plan);
            if (lateEditReason == null || lateEditReason.isBlank()) {
                guard.check(c, datedFacts(c, plan), null, session.who()); // throws, writing nothing, when it must
            }
            return null;
        });
        BackupFile before = backup.backupBeforeImport();
        Preview done = db.write(c -> {
            Checked k = check(c, pkg, file);
            Manifest m = pkg.manifest();
            long partnerId = k.partner() != null ? k.partner().id()
                    : store.addPartner(c, m.installationId(), m.name(), m.publicKey(), m.scope()); // trust on first use
            store.promoteSent(c, partnerId, m.ack());
            Map<String, Map<String, BaseRow>> base = store.bases(c, partnerId);
            Map<String, List<CanonicalRow>> all = walk(c);
            MergePlan plan = plan(c, pkg, k.me(), base, all);
            refuseIf(file, pkg, plan);
            List<SubmittedQuarterGuard.DatedFact> facts = datedFacts(c, plan);
            Preview p = preview(c, file, pkg, plan, guard.late(c, facts));
            String late = guard.check(c, facts, lateEditReason, session.who());
            GridCodes codes = new GridCodes(store.grids(c));
            List<String> partnerScope = k.partner() != null ? k.partner().scope() : m.scope(); // pinned once known
            apply(c, plan, partnerId, m, new ScopeFilter(all, ScopeFilter.common(k.me().scope(), partnerScope, codes),
                    codes, base));
            store.received(c, partnerId, m.packageNo(), m.name());
            audit.record(c, AuditAction.IMPORT, ENTITY, file.getFileName().toString(), "导入“" + m.name() + "”的交换包第 "
                    + m.packageNo() + " 号（" + file.getFileName() + "）：" + p.countsLine()
                    + (p.gridChanges().isEmpty() ? "" : "；" + String.join("；", p.gridChanges()))
                    + (p.householdRules().isEmpty() ? "" : "；" + String.join("；", p.householdRules())) + late
                    + "；导入前备份 " + before.path().getFileName(),
                    List.of(new FieldChange(BACKUP_FIELD, null, before.path().toAbsolutePath().toString()),
                            new FieldChange(COUNTS_FIELD, null, p.countsLine())));
            return p;
        });
        search.invalidate();
        LOG.info(() -> "exchange import " + file.getFileName() + ": " + done.countsLine());
        return new ImportResult(done, before.path());
    }

    private record Checked(Identity me, Partner partner) {
    }

    /** The package may be imported here: this township, addressed to this installation, a known key, not seen yet. */
    private Checked check(Connection c, ExchangePackage pkg, Path file) throws SQLException {
        Manifest m = pkg.manifest();
        Township t = requireTownship(c);
        if (!t.code().equals(m.townshipCode())) {
            throw new UserFacingException("此交换包属于另一个乡镇（" + m.townshipName() + "，" + m.townshipCode()
                    + "），不能导入本乡镇（" + t.name() + "）的数据库。");
        }
        Identity me = store.identity(c).orElse(null);
        if (me != null && me.installationId().equals(m.installationId())) {
            throw new UserFacingException("此交换包是本机自己导出的（“" + m.name() + "”）。如果本机的数据库是从别的电脑复制来的，"
                    + "请先在“备份与设置 → 交换包”中点“本机是从乡镇复制来的网格员笔记本…”（命令行：gridledger exchange init "
                    + "--name 本机名称 --grids 网格代码 --copy），再与对方交换。");
        }
        if (me == null || !me.installationId().equals(m.toInstallationId())) {
            throw new UserFacingException("此交换包是发给“" + m.toName() + "”的，不是发给本机" + (me == null ? "" : "（“" + me.name() + "”）")
                    + "的，不能导入。");
        }
        Partner p = store.partner(c, m.installationId()).orElse(null);
        if (p != null && !p.publicKey().equals(m.publicKey())) {
            throw new UserFacingException("交换包“" + file.getFileName() + "”自称来自“" + p.name() + "”，但签名密钥与此前登记的不同，"
                    + "不能导入。如果对方重装了程序，请与对方核实后由管理员重新登记。");
        }
        refuseWiderScope(c, p, m);
        if (p != null && m.packageNo() <= p.lastReceived()) {
            throw new UserFacingException(ALREADY_IMPORTED + "：“" + m.name() + "”的第 " + m.packageNo() + " 号交换包（已导入到第 "
                    + p.lastReceived() + " 号），本次没有任何改动。");
        }
        return new Checked(me, p);
    }

    /**
     * A partner's scope is pinned on first contact: a later package naming more grids (or 全镇) is refused, so that a
     * laptop cannot give itself grids by writing them into its own manifest. The township widens it on purpose
     * ({@link #setPartnerScope}).
     */
    private void refuseWiderScope(Connection c, Partner p, Manifest m) throws SQLException {
        if (p == null || p.scope() == null) {
            return; // new, or pinned as 全镇 (the township)
        }
        GridCodes codes = new GridCodes(store.grids(c));
        Set<String> pinned = new HashSet<>();
        p.scope().forEach(g -> pinned.add(codes.normalize(g)));
        List<String> more = m.townshipScope() ? List.of(Manifest.WHOLE_TOWNSHIP)
                : m.scope().stream().filter(g -> !pinned.contains(codes.normalize(g))).toList();
        if (more.isEmpty()) {
            return;
        }
        String wanted = m.townshipScope() ? Manifest.WHOLE_TOWNSHIP : String.join(",", m.scope());
        throw new UserFacingException("“" + p.name() + "”的交换包范围为 " + m.scopeText() + "，超出了首次交换时登记的范围（"
                + scopeText(p.scope()) + "）：" + String.join("、", more) + " 不在其中，整个交换包未导入。如果这台电脑确实改为负责这些网格，"
                + "请管理员核实后在本机扩大它的范围：“备份与设置 → 交换包”中选中“" + p.name() + "”，点“修改所选对象的网格…”"
                + "（命令行：gridledger exchange partner --name " + p.name() + " --grids " + wanted + "），再导入此交换包。");
    }

    /**
     * Sets a grid worker's laptop's pinned scope (the township gave it other grids): its next packages may name
     * these grids. Administrators only, audited.
     *
     * @param gridCodes the laptop's grids (current or old codes); not empty
     */
    public PartnerInfo setPartnerScope(String partnerName, List<String> gridCodes) {
        requireExchange();
        if (gridCodes == null || gridCodes.isEmpty()) {
            throw new UserFacingException("请写明该交换对象负责的网格代码（多个用逗号分隔）。");
        }
        return db.write(c -> {
            Partner p = partnerNamed(c, partnerName);
            if (p.scope() == null) {
                throw new UserFacingException("“" + p.name() + "”的范围是全镇（乡镇的电脑），不能改为网格。");
            }
            List<String> scope = scope(c, gridCodes);
            store.setPartnerScope(c, p.id(), scope);
            audit.record(c, AuditAction.UPDATE, "交换对象", p.installationId(), "交换对象“" + p.name() + "”的范围由 "
                    + scopeText(p.scope()) + " 改为 " + scopeText(scope));
            Partner now = store.partner(c, p.installationId()).orElseThrow();
            return new PartnerInfo(now.installationId(), now.name(), scopeText(now.scope()), now.lastSent(),
                    now.lastReceived());
        });
    }

    /** Own base for the sender as it will be once the package's ack is taken in. */
    private Map<String, Map<String, BaseRow>> baseAfterAck(Connection c, Partner p, long ack) throws SQLException {
        Map<String, Map<String, BaseRow>> base = new HashMap<>();
        for (Table t : ExchangeTables.ALL) {
            base.put(t.name(), p == null ? new HashMap<>() : store.base(c, p.id(), t.name()));
        }
        if (p != null) {
            for (ExchangeStore.Sent s : store.sentUpTo(c, p.id(), ack)) {
                if (s.row() == null) {
                    base.get(s.table()).remove(s.uid());
                } else {
                    base.get(s.table()).put(s.uid(), s.row());
                }
            }
        }
        return base;
    }

    private MergePlan plan(Connection c, ExchangePackage pkg, Identity me, Map<String, Map<String, BaseRow>> base)
            throws SQLException {
        return plan(c, pkg, me, base, walk(c));
    }

    /** @param local this database's rows (the import walks them once, for the plan and for the base's forms) */
    private MergePlan plan(Connection c, ExchangePackage pkg, Identity me, Map<String, Map<String, BaseRow>> base,
            Map<String, List<CanonicalRow>> local) throws SQLException {
        MergePlan plan = MergePlanner.plan(new MergePlanner.Input(pkg, local, base, store.grids(c),
                new HashSet<>(store.villageCodes(c)), me.scope(), (t, uid, row) -> describe(c, t, uid, row)));
        // the form's household rules on the merged households: what would break them keeps this side's values
        return HouseholdRecheck.recheck(plan, local, h -> describe(c, ExchangeTables.HOUSEHOLD, h, Map.of()));
    }

    private String describe(Connection c, Table t, String uid, Map<String, String> row) {
        try {
            if (store.row(c, t, uid) != null) {
                return store.describe(c, t, uid);
            }
        } catch (SQLException e) {
            LOG.fine(() -> "describe " + t.name() + " " + uid + ": " + e);
        }
        String household = row.get("household_id");
        try {
            if (household != null && store.row(c, ExchangeTables.HOUSEHOLD, household) != null) {
                return t.label() + "（" + store.describe(c, ExchangeTables.HOUSEHOLD, household) + "）";
            }
        } catch (SQLException e) {
            LOG.fine(() -> "describe household " + household + ": " + e);
        }
        return switch (t.scope()) {
            case GRID -> t.label() + " " + Objects.requireNonNullElse(row.get("hh_number"), uid) + "（新）";
            case HOUSEHOLDS -> t.label() + " " + row.get("name");
            case HOUSEHOLD -> t.label() + "（新农户 " + household + "）";
            case OWN_GRID -> t.label() + " " + row.get("visit_date") + " " + row.get("visit_type") + "（新）";
            case TOWNSHIP -> t.label() + " " + Objects.requireNonNullElse(row.get("post_type"), "") + "（新）";
        };
    }

    private void refuseIf(Path file, ExchangePackage pkg, MergePlan plan) {
        if (!plan.refused()) {
            return;
        }
        Manifest m = pkg.manifest();
        String head = m.townshipScope() ? "交换包“" + file.getFileName() + "”不能导入："
                : "“" + m.name() + "”的交换包含有其网格（" + m.scopeText() + "）以外的记录，整个交换包未导入：";
        throw new UserFacingException(head + "\n  " + String.join("\n  ", plan.refusals()));
    }

    /** What the merge changes in the quarters' reports, named as the preview names records. */
    private List<SubmittedQuarterGuard.DatedFact> datedFacts(Connection c, MergePlan plan) throws SQLException {
        return ExchangeDatedFacts.of(c, plan, store, (t, uid, row) -> describe(c, t, uid, row));
    }

    private Preview preview(Connection c, Path file, ExchangePackage pkg, MergePlan plan, List<String> lateEdits)
            throws SQLException {
        Manifest m = pkg.manifest();
        List<ConflictLine> conflicts = new ArrayList<>();
        for (RecordPlan r : plan.records()) {
            if (r.conflicts().isEmpty()) {
                continue;
            }
            String record = store.describe(c, r.table(), r.uid());
            for (FieldConflict f : r.conflicts()) {
                conflicts.add(new ConflictLine(record, r.table().fieldLabel(f.field()), f.mine(), f.theirs(), f.note()));
            }
        }
        List<String> grids = plan.gridChanges().stream().map(g -> g.renumber()
                ? "网格 " + g.localCode() + " 改号为 " + g.grid().code() : "新增网格 " + g.grid().code() + "（" + g.grid().name() + "）")
                .toList();
        return new Preview(file.getFileName().toString(), m.name(), m.scopeText(), m.packageNo(), m.ack(), m.createdAt(),
                m.createdBy(), plan.newRecords(), plan.changedRecords(), plan.deletedRecords(), conflicts, grids,
                plan.refusals(), lateEdits, plan.householdRules());
    }

    /** @param kept which base rows keep their fields (the grids both sides may change), the rest a hash */
    private void apply(Connection c, MergePlan plan, long partnerId, Manifest m, ScopeFilter kept) throws SQLException {
        for (var g : plan.gridChanges()) {
            if (g.renumber()) {
                store.renumberGrid(c, g.localCode(), g.grid().code());
            } else {
                store.createGrid(c, g.grid());
            }
        }
        String who = m.createdBy() + "（" + m.name() + "）";
        List<RecordPlan> deletes = new ArrayList<>();
        List<BaseEntry> bases = new ArrayList<>(); // written at once: a first package brings every record
        for (RecordPlan r : plan.records()) {
            String table = r.table().name();
            if (r.isNew()) {
                store.insert(c, r.table(), r.uid(), r.theirs());
            } else if (r.delete()) {
                deletes.add(r);
            } else {
                store.update(c, r.table(), r.uid(), r.updates());
            }
            for (FieldConflict f : r.conflicts()) {
                store.openConflict(c, partnerId, m.packageNo(), table, r.uid(), f.field(), f.mine(), f.theirs(), who,
                        m.createdAt(), f.note());
            }
            if (r.theirs() == null) {
                store.removeBase(c, partnerId, table, r.uid());
            } else {
                bases.add(new BaseEntry(table, r.uid(), kept.baseRow(r.table(), r.uid(), r.theirs())));
            }
        }
        store.putBases(c, partnerId, bases);
        for (int i = deletes.size() - 1; i >= 0; i--) { // dependants first
            RecordPlan r = deletes.get(i);
            if (!store.delete(c, r.table(), r.uid())) {
                LOG.info(() -> "kept " + r.table().name() + " " + r.uid() + ": still referred to");
            }
        }
    }

    // ------------------------------------------------------------------------------------------ the record walk

    private Map<String, List<CanonicalRow>> walk(Connection c) throws SQLException {
        Map<String, List<CanonicalRow>> all = new LinkedHashMap<>();
        for (Table t : ExchangeTables.ALL) {
            all.put(t.name(), store.rows(c, t));
        }
        return all;
    }

    /** The row with grid codes as this database has them now; the row itself when no grid column changes. */
    private static Map<String, String> normalized(Table t, Map<String, String> row, GridCodes codes) {
        if (t.columns().stream().noneMatch(c -> c.ref() == Ref.GRID && !Objects.equals(row.get(c.name()),
                codes.normalize(row.get(c.name())))) && row.keySet().size() == t.columns().size()) {
            return row; // an export normalizes every record of the township
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Column col : t.columns()) {
            String v = row.get(col.name());
            out.put(col.name(), col.ref() == Ref.GRID ? codes.normalize(v) : v);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ conflicts

    /** The open conflicts, oldest first. */
    public List<ConflictInfo> conflicts() {
        requireExchange();
        return db.read(c -> {
            List<ConflictInfo> out = new ArrayList<>();
            for (Conflict x : store.conflicts(c, true)) {
                Table t = ExchangeTables.byName(x.table()).orElseThrow();
                out.add(new ConflictInfo(x.id(), x.partnerName(), t.label(), store.describe(c, t, x.uid()), x.field(),
                        t.fieldLabel(x.field()), x.mine(), x.theirs(), x.theirUser(), x.theirTime(), x.createdAt(),
                        x.note()));
            }
            return out;
        });
    }

    /** Resolves one conflict: keeps this side's value, or takes the partner's (a change that is sent back). */
    public void resolve(long conflictId, Keep keep) {
        requireExchange();
        db.writeVoid(c -> {
            Conflict x = store.conflict(c, conflictId).orElseThrow(() -> new UserFacingException("没有编号为 " + conflictId + " 的冲突。"));
            if (!"open".equals(x.status())) {
                throw new UserFacingException("冲突 " + conflictId + " 已经处理过（" + ("mine".equals(x.resolution()) ? "保留本机" : "采用对方")
                        + "，" + x.resolvedBy() + " " + x.resolvedAt() + "）。");
            }
            resolveOne(c, x, keep);
        });
        search.invalidate();
    }

    /** Resolves every open conflict the same way; returns how many. */
    public int resolveAll(Keep keep) {
        requireExchange();
        int n = db.write(c -> {
            List<Conflict> open = store.conflicts(c, true);
            for (Conflict x : open) {
                resolveOne(c, x, keep);
            }
            return open.size();
        });
        search.invalidate();
        return n;
    }

    private void resolveOne(Connection c, Conflict x, Keep keep) throws SQLException {
        Table t = ExchangeTables.byName(x.table()).orElseThrow();
        String record = store.describe(c, t, x.uid());
        String label = t.fieldLabel(x.field());
        if (keep == Keep.THEIRS) {
            CanonicalRow now = store.row(c, t, x.uid());
            if (now != null && HouseholdRecheck.looksAt(t, x.field())) { // taking theirs must not break a household rule
                Map<String, String> theirs = new HashMap<>();
                theirs.put(x.field(), x.theirs());
                RecordPlan take = new RecordPlan(t, x.uid(), false, now.fields(), theirs, List.of(), false);
                Map<String, List<CanonicalRow>> rows = new HashMap<>();
                for (Table needed : HouseholdRecheck.TABLES) {
                    rows.put(needed.name(), store.rows(c, needed));
                }
                List<String> broken = HouseholdRecheck.broken(List.of(take), rows);
                if (!broken.isEmpty()) {
                    throw new UserFacingException("冲突 " + x.id() + "：采用“" + x.partnerName() + "”的值后" + String.join("；", broken)
                            + "。请先在农户页面把该户改好，再处理此冲突，或选择保留本机。");
                }
            }
            if (now != null) {
                Map<String, String> value = new HashMap<>();
                value.put(x.field(), x.theirs());
                store.update(c, t, x.uid(), value);
            }
            audit.record(c, AuditAction.UPDATE, t.label(), x.uid(), "交换冲突 " + x.id() + "：" + record + " 的“" + label
                    + "”采用“" + x.partnerName() + "”的值", List.of(new FieldChange(label, now == null ? null : now.fields().get(x.field()),
                            x.theirs())));
        } else {
            audit.record(c, AuditAction.UPDATE, t.label(), x.uid(), "交换冲突 " + x.id() + "：" + record + " 的“" + label
                    + "”保留本机的值（“" + x.partnerName() + "”的值：" + x.theirs() + "）");
        }
        store.resolveConflict(c, x.id(), keep == Keep.MINE ? "mine" : "theirs", session.who());
    }

    // ------------------------------------------------------------------------------------------ undo

    /** How the import's audit entry names its pre-import backup, for an undo after the program was restarted. */
    static final String BACKUP_FIELD = "导入前备份";
    static final String COUNTS_FIELD = "导入结果";

    /**
     * Undoes the last package imported (in this run or an earlier one: the import's audit entry names its
     * backup) by restoring its pre-import backup, while that import is still the latest change ({@link ImportUndo}).
     * The package can then be imported again.
     */
    public void undoLastImport() {
        requireExchange();
        ImportUndo.Last last = db.read(this::lastImport);
        if (last == null) {
            throw new UserFacingException("还没有导入过交换包，没有可撤销的导入。");
        }
        undo.undo(last, ENTITY, "撤销交换包导入");
        search.invalidate();
    }

    /** The last import as its audit entry records it, null when there is none; refused when it names no backup. */
    private ImportUndo.Last lastImport(Connection c) throws SQLException {
        Optional<AuditEntry> entry = audit.latest(c, AuditAction.IMPORT, ENTITY);
        if (entry.isEmpty()) {
            return null;
        }
        AuditEntry e = entry.get();
        String backupPath = changed(e, BACKUP_FIELD);
        if (backupPath == null) {
            throw new UserFacingException("上次导入交换包时的记录没有写明导入前的备份，不能撤销；如需恢复请到“备份与设置”");
        }
        return new ImportUndo.Last(e.id(), Path.of(backupPath), e.entityId(), Objects.toString(changed(e, COUNTS_FIELD), ""));
    }

    private static String changed(AuditEntry e, String field) {
        return e.changes().stream().filter(f -> field.equals(f.field())).map(FieldChange::newValue).findFirst().orElse(null);
    }
}
