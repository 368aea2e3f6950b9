package cn.gridledger.logic.importer.cadre;

import cn.gridledger.logic.importer.SameValue;

import cn.gridledger.logic.importer.KnownRecords;
import cn.gridledger.logic.importer.LateFacts;
import cn.gridledger.logic.importer.PersonChanges;
import cn.gridledger.logic.importer.RecordImporter;
import cn.gridledger.logic.importer.RowClass;
import cn.gridledger.logic.importer.RowOutcome;
import cn.gridledger.logic.importer.SheetContext;
import cn.gridledger.logic.importer.VillageResolver;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.parse.PersonFields;
import cn.gridledger.logic.importer.parse.ParseCache;
import cn.gridledger.logic.importer.parse.RowValues;
import cn.gridledger.logic.importer.rows.DataRow;
import cn.gridledger.logic.store.ImportWriter;
import cn.gridledger.logic.store.ImportWriter.StoredPost;
import cn.gridledger.logic.store.ImportWriter.StoredReserve;
import cn.gridledger.logic.store.ImportWriter.VillageRef;
import cn.gridledger.logic.validate.Issue;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.code.CadreCategory;
import cn.gridledger.model.code.DispatchLevel;
import cn.gridledger.model.code.PostType;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * C1 干部花名册: each row is a person plus a post (or, for 后备力量, an entry in the reserve roster). The
 * village comes from 工作单位 matched by name against the township's villages.
 */
public final class CadreImporter implements RecordImporter {

    /** Code lists looked up once (all() builds a new list per call, and this runs for every row). */
    private static final java.util.Collection<PostType> POST_TYPE_VALUES = PostType.all();
    private static final java.util.Collection<CadreCategory> CADRE_CATEGORY_VALUES = CadreCategory.all();
    private static final java.util.Collection<DispatchLevel> DISPATCH_LEVEL_VALUES = DispatchLevel.all();

    private final KnownRecords known;
    private final ParseCache parseCache = new ParseCache();
    private final ImportWriter writer;
    private final LateFacts late;
    private final List<RowOutcome> outcomes = new ArrayList<>();
    private final VillageResolver villages;
    private SheetContext sheet;

    /** The kinds of fact of 报送 (#15), as {@code CadreService} keeps them in late_edit. */
    static final String POST_FACT = "干部职务";
    static final String RESERVE_FACT = "后备力量";

    /** @param writer null for a dry run */
    public CadreImporter(KnownRecords known, ImportWriter writer) {
        this(known, writer, LateFacts.NONE);
    }

    /**
     * @param late collects the posts' 任职时间 and the reserves' 入库时间 that reach a submitted quarter (#15):
     *             a new post from its start on, a start moved, a new reserve entry from its day on
     */
    public CadreImporter(KnownRecords known, ImportWriter writer, LateFacts late) {
        this.known = known;
        this.writer = writer;
        this.late = late;
        this.villages = new VillageResolver(known);
    }

    @Override
    public void startSheet(SheetContext context) {
        this.sheet = context;
    }

    @Override
    public java.util.Map<String, String> unknownVillages() {
        return villages.unknownVillages();
    }

    @Override
    public void accept(DataRow row, String sheetName, boolean date1904) throws SQLException {
        RowValues v = new RowValues(row, sheetName, date1904, parseCache);
        PersonFields.Read person = PersonFields.read(v, true);
        String villageText = v.text(RosterField.VILLAGE);
        String workUnit = v.text(RosterField.WORK_UNIT);
        String dispatchText = v.text(RosterField.DISPATCH_UNIT);
        PostType postType = v.code(RosterField.POST, PostType::match, POST_TYPE_VALUES, PostType::label);
        FuzzyDate since = v.date(RosterField.POST_SINCE);
        Boolean oneShoulder = v.yesNo(RosterField.ONE_SHOULDER);
        Boolean crossPost = v.yesNo(RosterField.CROSS_POST);
        CadreCategory category = v.code(RosterField.CADRE_CATEGORY, CadreCategory::match, CADRE_CATEGORY_VALUES,
                CadreCategory::label);
        DispatchLevel level = v.code(RosterField.DISPATCH_LEVEL, DispatchLevel::match, DISPATCH_LEVEL_VALUES,
                DispatchLevel::label);
        String notes = v.text(RosterField.REMARK);

        if (category == null && !v.hasErrors()) {
            category = categoryOf(postType, sheet == null ? null : sheet.category());
            if (category == null) {
                v.add(v.has(RosterField.CADRE_CATEGORY) ? RosterField.CADRE_CATEGORY : RosterField.POST,
                        Issue.error((v.has(RosterField.CADRE_CATEGORY) || v.has(RosterField.POST) ? "" : "表中没有 干部类别、现任职务 列，")
                                + "无法确定干部类别：请填写干部类别（村两委、驻村干部、乡镇干部、网格员、后备力量）或现任职务"));
            }
        }
        if (category != null && category != CadreCategory.后备力量 && postType == null && !v.hasErrors()) {
            postType = defaultPost(category);
            if (postType == null) {
                v.add(RosterField.POST, Issue.error(v.missingOrEmpty(RosterField.POST) + "，" + category.label() + "须填写现任职务"));
            }
        }
        // the village: 村（社区）/所驻村, else a 工作单位 that names one, else what the sheet names
        VillageResolver.Found found = villageText != null ? villages.resolve(villageText, null, sheet)
                : workUnit != null && known.villageByName(workUnit).isPresent() ? villages.resolve(workUnit, null, sheet)
                : villages.resolve(null, null, sheet);
        VillageRef village = found.village();
        String dispatchUnit = dispatchText != null ? dispatchText
                : workUnit != null && (village == null || !known.villageByName(workUnit).isPresent()) ? workUnit : null;
        if (category != null && needsVillage(category) && village == null && !v.hasErrors()) {
            RosterField where = villageText != null || !v.has(RosterField.WORK_UNIT) ? RosterField.VILLAGE : RosterField.WORK_UNIT;
            String problem;
            if (found.unknown() != null) {
                v.add(where, Issue.error(VillageResolver.notInTownship(found.unknown()) + "，本乡镇的村有：" + known.villageNames()));
                problem = null;
            } else if (workUnit != null) {
                problem = "工作单位「" + workUnit + "」不是本乡镇的村";
            } else if (!v.has(RosterField.VILLAGE) && !v.has(RosterField.WORK_UNIT)) {
                problem = "表中没有 村（社区）或 工作单位 列，也没有选择本表所属村";
            } else {
                problem = "村（社区）为空";
            }
            if (problem != null) {
                v.add(where, Issue.error(problem + "，" + category.label() + "须填写所在村，应为：" + known.villageNames()));
            }
        } else if (found.unknown() != null && !v.hasErrors() && category != null) {
            v.add(RosterField.VILLAGE, Issue.error(VillageResolver.notInTownship(found.unknown())));
        }
        if (v.hasErrors()) {
            outcomes.add(new RowOutcome(sheetName, v.excelRow(), person.name(), RowClass.ERROR, List.of(), v.issues()));
            return;
        }
        PersonFields.Resolved resolved = PersonFields.resolve(known, person, v);
        List<String> changes = new ArrayList<>(resolved.changes());
        long personId = resolved.personId();
        if (category == CadreCategory.后备力量) {
            changes.addAll(reserve(personId, person.name(), village.id(), since));
        } else {
            StoredPost wanted = new StoredPost(0, personId, postType.label(), category.label(),
                    village == null ? null : village.id(), dispatchUnit, level == null ? null : level.label(),
                    v.iso(since), Boolean.TRUE.equals(oneShoulder) || postType == PostType.一肩挑,
                    Boolean.TRUE.equals(crossPost), notes);
            changes.addAll(post(wanted, person.name()));
        }
        if (writer != null) {
            PersonFields.write(writer, resolved);
        }
        RowClass c = resolved.isNew() ? RowClass.NEW : changes.isEmpty() ? RowClass.UNCHANGED : RowClass.CHANGED;
        resolved.warnAboutNameMatch(v, c);
        outcomes.add(new RowOutcome(sheetName, v.excelRow(), person.name(), c, c == RowClass.CHANGED ? changes : List.of(),
                v.issues()));
    }

    /** A 驻村 roster's plain member rows, or a grid roster's, need no post column. */
    private static PostType defaultPost(CadreCategory c) {
        return switch (c) {
            case 网格员 -> PostType.网格员;
            default -> null;
        };
    }

    private static boolean needsVillage(CadreCategory c) {
        return c == CadreCategory.村两委 || c == CadreCategory.后备力量;
    }

    /**
     * The category a post implies; a roster titled as a 后备力量 roster makes every row a reserve, and a post
     * that implies nothing takes the category the title announces.
     */
    private static CadreCategory categoryOf(PostType p, CadreCategory announced) {
        if (announced == CadreCategory.后备力量 || p == null) {
            return announced;
        }
        return switch (p) {
            case 第一书记, 驻村工作队长, 驻村工作队员 -> CadreCategory.驻村干部;
            case 网格长, 网格员 -> CadreCategory.网格员;
            case 包村干部 -> CadreCategory.乡镇干部;
            default -> CadreCategory.村两委;
        };
    }

    private List<String> post(StoredPost wanted, String name) throws SQLException {
        Optional<StoredPost> existing = known.posts(wanted.personId()).stream()
                .filter(p -> p.postType().equals(wanted.postType()) && p.category().equals(wanted.category())).findFirst();
        if (existing.isEmpty()) {
            known.putPost(wanted, null);
            if (writer != null) {
                writer.insertPost(wanted);
            }
            // the roster gives no 离任时间: the new post holds from its start (none given: always) on
            late.held(POST_FACT, "0", name, wanted.postType(), "任职", startDay(wanted.startDate()), LocalDate.MAX);
            return List.of("新增职务：" + wanted.category() + " " + wanted.postType());
        }
        StoredPost old = existing.get();
        List<String> changes = new ArrayList<>();
        Long villageId = wanted.villageId() != null ? wanted.villageId() : old.villageId();
        String unit = keep(old.dispatchUnit(), wanted.dispatchUnit(), "派出单位", changes);
        String level = SameValue.dispatchLevel(old.dispatchLevel(), wanted.dispatchLevel()) ? old.dispatchLevel()
                : keep(old.dispatchLevel(), wanted.dispatchLevel(), "派出层级", changes);
        String start = old.startDate() != null && wanted.startDate() != null && old.startDate().startsWith(wanted.startDate())
                ? old.startDate() : keep(old.startDate(), wanted.startDate(), "任职时间", changes);
        String notes = keep(old.notes(), wanted.notes(), "备注", changes);
        if (!Objects.equals(villageId, old.villageId())) {
            changes.add("工作单位（村）已变更");
        }
        if (wanted.oneShoulder() != old.oneShoulder()) {
            changes.add("是否一肩挑：" + yesNo(old.oneShoulder()) + " → " + yesNo(wanted.oneShoulder()));
        }
        if (wanted.crossPost() != old.crossPost()) {
            changes.add("是否交叉任职：" + yesNo(old.crossPost()) + " → " + yesNo(wanted.crossPost()));
        }
        if (!changes.isEmpty()) {
            StoredPost updated = new StoredPost(old.id(), old.personId(), old.postType(), old.category(), villageId, unit,
                    level, start, wanted.oneShoulder(), wanted.crossPost(), notes);
            known.putPost(updated, old);
            if (writer != null && old.id() > 0) {
                writer.updatePost(updated);
            }
            if (!Objects.equals(start, old.startDate())) {
                if (old.id() > 0) {
                    late.movedCadre(POST_FACT, String.valueOf(old.id()), name, old.postType(), "任职", old.startDate(),
                            start, LocalDate.MIN);
                } else { // a post an earlier row of this file added: it now holds from this start
                    late.held(POST_FACT, "0", name, old.postType(), "任职", startDay(start), LocalDate.MAX);
                }
            }
        }
        return changes;
    }

    private List<String> reserve(long personId, String name, long villageId, FuzzyDate since) throws SQLException {
        String entry = since != null ? since.toIso() : null;
        Optional<StoredReserve> existing = known.reserves(personId).stream().filter(r -> r.villageId() == villageId).findFirst();
        if (existing.isEmpty()) {
            String date = entry != null ? entry : LocalDate.now().toString();
            known.putReserve(new StoredReserve(0, personId, villageId, date), null);
            if (writer != null) {
                writer.insertReserve(personId, villageId, date);
            }
            late.held(RESERVE_FACT, "0", name, "后备力量", "入库", startDay(date), LocalDate.MAX);
            return List.of("列入后备力量");
        }
        StoredReserve old = existing.get();
        if (entry == null || old.entryDate().startsWith(entry)) {
            return List.of();
        }
        known.putReserve(new StoredReserve(old.id(), personId, villageId, entry), old);
        if (writer != null && old.id() > 0) {
            writer.updateReserve(old.id(), entry);
        }
        if (old.id() > 0) {
            late.movedCadre(RESERVE_FACT, String.valueOf(old.id()), name, "后备力量", "入库", old.entryDate(), entry,
                    LocalDate.MIN);
        } else {
            late.held(RESERVE_FACT, "0", name, "后备力量", "入库", startDay(entry), LocalDate.MAX);
        }
        return List.of("入库时间：" + old.entryDate().replace('-', '.') + " → " + entry.replace('-', '.'));
    }

    /** A start in storage form as a day; none given (or unreadable) is {@link LocalDate#MIN}, i.e. always. */
    private static LocalDate startDay(String iso) {
        LocalDate d = LateFacts.firstDay(iso);
        return d == null ? LocalDate.MIN : d;
    }

    private static String keep(String old, String given, String label, List<String> changes) {
        if (given == null || SameValue.text(old, given)) {
            return old;
        }
        changes.add(label + "：" + (old == null ? "（空）" : old) + " → " + given);
        return given;
    }

    private static String yesNo(boolean b) {
        return b ? "是" : "否";
    }

    @Override
    public List<RowOutcome> finish() {
        return List.copyOf(outcomes);
    }
}
