package cn.gridledger.logic.importer.household;

import java.time.LocalDate;
import cn.gridledger.logic.importer.SameValue;

import cn.gridledger.logic.importer.CellIssue;
import cn.gridledger.logic.importer.KnownRecords;
import cn.gridledger.logic.importer.LateFacts;
import cn.gridledger.logic.importer.MissingMember;
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
import cn.gridledger.logic.store.ImportWriter.GridRef;
import cn.gridledger.logic.store.ImportWriter.GroupRef;
import cn.gridledger.logic.store.ImportWriter.StoredAward;
import cn.gridledger.logic.store.ImportWriter.StoredHousehold;
import cn.gridledger.logic.store.ImportWriter.StoredMember;
import cn.gridledger.logic.store.ImportWriter.StoredMonitoring;
import cn.gridledger.logic.store.ImportWriter.VillageRef;
import cn.gridledger.logic.validate.CodeLists;
import cn.gridledger.logic.validate.HouseholdRules;
import cn.gridledger.logic.validate.Issue;
import cn.gridledger.logic.validate.LedgerText;
import cn.gridledger.logic.validate.Parsed;
import cn.gridledger.logic.validate.MemberFacts;
import cn.gridledger.model.Award;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Monitoring;
import cn.gridledger.model.code.HouseholdChange;
import cn.gridledger.model.code.HouseholdType;
import cn.gridledger.model.code.LabourSkill;
import cn.gridledger.model.code.MonitoringCategory;
import cn.gridledger.model.code.PovertyEducation;
import cn.gridledger.model.code.Relationship;
import cn.gridledger.model.code.StudentStatus;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * C2 农户信息台账: one row per member, household columns repeated. Rows sharing a 户编号 (or, when it is
 * empty, following their 户主's row) form one household, head first; the household rules are checked on the
 * whole household, and a household with any error is left out whole.
 */
public final class HouseholdImporter implements RecordImporter {

    /** One parsed member row. */
    private record MemberRow(RowValues v, int block, PersonFields.Read person, Relationship relation, String hhNumber,
                             String village, String gridCode, String gridName, String group, String headName,
                             PovertyEducation education, StudentStatus student, String health, LabourSkill labour,
                             Integer months, HouseholdType hhType, Boolean dibao, Boolean tekun,
                             MonitoringCategory monitoring, Boolean riskEliminated, String tenGroup, String notes,
                             Extra extra) {
    }

    /**
     * The columns after the county's (a full C2 export): household fields repeated on each member's row, the
     * member's own, and the awards and monitoring episodes. Dates in storage form.
     */
    private record Extra(String address, String hhPhone, String leader, String housing, String toilet, String hhSince,
                         String workPlace, Boolean resident, String memberSince, List<Award> awards,
                         List<Monitoring> history) {
    }

    private final KnownRecords known;
    private final ParseCache parseCache = new ParseCache();
    private final ImportWriter writer;
    /** Dated facts inside a submitted quarter, met while households are compared (#15). */
    private final LateFacts late;
    private final Map<String, List<MemberRow>> households = new LinkedHashMap<>();
    private final List<RowOutcome> outcomes = new ArrayList<>();
    private String lastHeadKey;
    /** When a household or member begins whose file gives no date (storage form). */
    private final String today = java.time.LocalDate.now().toString();
    private final VillageResolver villages;
    /**
     * Households already stored that the file lists member by member, with the persons listed for each:
     * whoever else is still a member there is reported as 可能迁出/死亡 once every household was placed (a
     * person the file moves to another household has left by then).
     */
    private final Map<String, Listed> relisted = new LinkedHashMap<>();
    private final List<MissingMember> missing = new ArrayList<>();

    private record Listed(String sheet, int excelRow, java.util.Set<Long> persons) {
    }

    /** Households are placed after all sheets were read: each needs its own sheet's context. */
    private final Map<String, SheetContext> contexts = new java.util.HashMap<>();

    public HouseholdImporter(KnownRecords known, ImportWriter writer) {
        this(known, writer, LateFacts.NONE);
    }

    public HouseholdImporter(KnownRecords known, ImportWriter writer, LateFacts late) {
        this.known = known;
        this.writer = writer;
        this.late = late;
        this.villages = new VillageResolver(known);
    }

    @Override
    public void startSheet(SheetContext context) {
        contexts.put(context.sheet(), context);
    }

    @Override
    public Map<String, String> unknownVillages() {
        return villages.unknownVillages();
    }

    @Override
    public void accept(DataRow row, String sheet, boolean date1904) {
        RowValues v = new RowValues(row, sheet, date1904, parseCache);
        PersonFields.Read person = PersonFields.read(v, false);
        Relationship relation = v.code(RosterField.RELATION, Relationship::match, Relationship.all(), Relationship::label);
        if (relation == null && !v.has(RosterField.RELATION)) {
            relation = null;
        } else if (relation == null && v.text(RosterField.RELATION) == null) {
            v.add(RosterField.RELATION, Issue.error("与户主关系为空，请填写（户主、配偶、之子 …）"));
        }
        PovertyEducation education = v.code(RosterField.EDUCATION_LEVEL, PovertyEducation::match, PovertyEducation.all(),
                PovertyEducation::label);
        StudentStatus student = v.code(RosterField.SCHOOL_STATUS, StudentStatus::match, StudentStatus.all(), StudentStatus::label);
        String healthText = v.text(RosterField.HEALTH);
        String health = null;
        if (healthText != null) {
            var parsed = CodeLists.parseHealth(healthText);
            v.addAll(RosterField.HEALTH, parsed.issues());
            health = parsed.ok() && parsed.value() != null ? CodeLists.formatHealth(parsed.value()) : null;
        }
        MemberRow m = new MemberRow(v, row.householdBlock(), person, relation, v.text(RosterField.HOUSEHOLD_NO), v.text(RosterField.VILLAGE),
                v.text(RosterField.GRID_CODE), v.text(RosterField.GRID_NAME), v.text(RosterField.VILLAGER_GROUP),
                v.text(RosterField.HEAD_NAME), education, student, health,
                v.code(RosterField.LABOR_SKILL, LabourSkill::match, LabourSkill.all(), LabourSkill::label),
                v.months(RosterField.MIGRANT_MONTHS),
                v.code(RosterField.HOUSEHOLD_TYPE, HouseholdType::match, HouseholdType.all(), HouseholdType::label),
                v.yesNo(RosterField.LOW_INCOME), v.yesNo(RosterField.EXTREME_POVERTY),
                v.code(RosterField.MONITOR_CATEGORY, MonitoringCategory::match, MonitoringCategory.all(), MonitoringCategory::label),
                v.yesNo(RosterField.RISK_ELIMINATED), v.text(RosterField.TEN_HOUSEHOLD_GROUP), v.freeText(RosterField.REMARK),
                extra(v));
        String key = keyOf(m);
        if (key == null) {
            v.add(RosterField.HOUSEHOLD_NO, Issue.error("无法确定所属户：户编号为空，且前面没有该户的户主行"));
            key = "row:" + sheet + ":" + v.excelRow();
        }
        households.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }

    private static Extra extra(RowValues v) {
        Parsed<List<Award>> awards = LedgerText.parseAwards(v.text(RosterField.AWARDS));
        v.addAll(RosterField.AWARDS, awards.issues());
        Parsed<List<Monitoring>> history = LedgerText.parseMonitoring(v.freeText(RosterField.MONITORING_HISTORY));
        v.addAll(RosterField.MONITORING_HISTORY, history.issues());
        return new Extra(v.freeText(RosterField.ADDRESS), v.phone(RosterField.HOUSEHOLD_PHONE),
                v.freeText(RosterField.TEN_GROUP_LEADER), v.text(RosterField.HOUSING), v.text(RosterField.TOILET),
                v.iso(v.date(RosterField.HOUSEHOLD_SINCE)), v.freeText(RosterField.WORK_PLACE),
                v.yesNo(RosterField.RESIDENT), v.iso(v.date(RosterField.MEMBER_SINCE)),
                awards.ok() ? awards.value() : null, history.ok() ? history.value() : null);
    }

    private String keyOf(MemberRow m) {
        if (m.hhNumber() != null) {
            return "no:" + m.hhNumber();
        }
        if (m.block() >= 0) {
            return "block:" + m.v().sheet() + ":" + m.block(); // household cells merged over its members
        }
        if (m.relation() == Relationship.户主 || !m.v().has(RosterField.RELATION)) {
            // without a 与户主关系 column each row is a household of its own (bank and visit ledgers)
            String idKey = m.person().id() != null ? m.person().id().value() : m.v().sheet() + ":" + m.v().excelRow();
            lastHeadKey = "head:" + idKey;
            return lastHeadKey;
        }
        return lastHeadKey;
    }

    @Override
    public List<RowOutcome> finish() throws SQLException {
        for (List<MemberRow> rows : households.values()) {
            importHousehold(rows);
        }
        findMissingMembers();
        outcomes.sort(Comparator.comparing(RowOutcome::sheet).thenComparingInt(RowOutcome::excelRow));
        return List.copyOf(outcomes);
    }

    @Override
    public List<MissingMember> missingMembers() {
        return List.copyOf(missing);
    }

    private void findMissingMembers() {
        relisted.forEach((householdId, listed) -> {
            StoredHousehold h = known.household(householdId);
            List<StoredMember> current = known.members(householdId);
            String headName = storedHead(householdId);
            for (StoredMember m : current) {
                if (listed.persons().contains(m.personId())) {
                    continue;
                }
                ImportWriter.StoredPerson p = known.person(m.personId());
                missing.add(new MissingMember(m.id(), householdId, h == null ? null : h.hhNumber(), headName,
                        p == null ? null : p.get(ImportWriter.PersonColumn.NAME), p == null ? null : p.idNumber(),
                        m.relation(), p == null ? null : p.get(ImportWriter.PersonColumn.BIRTH_DATE), m.since(),
                        listed.sheet(), listed.excelRow()));
            }
        });
    }

    /** The stored head's name of a household, as it was before this import. */
    private String storedHead(String householdId) {
        return known.members(householdId).stream().filter(m -> Relationship.户主.label().equals(m.relation()))
                .map(m -> known.person(m.personId())).filter(Objects::nonNull)
                .map(p -> p.get(ImportWriter.PersonColumn.NAME)).findFirst().orElse(null);
    }

    private void importHousehold(List<MemberRow> rows) throws SQLException {
        List<MemberRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(r -> r.relation() == Relationship.户主 ? 0 : 1));
        // without a 与户主关系 column (one row per household) the first person of the household is its head
        boolean noRelations = ordered.stream().allMatch(r -> r.relation() == null && !r.v().has(RosterField.RELATION));
        List<MemberFacts> facts = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            MemberRow r = ordered.get(i);
            facts.add(new MemberFacts(r.person().name(), noRelations && i == 0 ? Relationship.户主 : r.relation(),
                    r.person().gender(), r.education(), r.student()));
        }
        MemberRow head = ordered.get(0);
        for (Issue issue : HouseholdRules.check(facts)) {
            head.v().add(RosterField.RELATION, issue);
        }
        Place place = place(head);
        boolean anyError = ordered.stream().anyMatch(r -> r.v().hasErrors());
        if (anyError) {
            String where = ordered.stream().filter(r -> r.v().hasErrors()).map(r -> "第" + r.v().excelRow() + "行")
                    .distinct().reduce((a, b) -> a + "、" + b).orElse("");
            for (MemberRow r : ordered) {
                List<CellIssue> issues = new ArrayList<>(r.v().issues());
                if (!r.v().hasErrors()) {
                    r.v().add(RosterField.NAME, Issue.error("同户其他成员有错误（" + where + "），本户暂不导入"));
                    issues = r.v().issues();
                }
                outcomes.add(new RowOutcome(r.v().sheet(), r.v().excelRow(), r.person().name(), RowClass.ERROR, List.of(), issues));
            }
            return;
        }
        commitHousehold(ordered, place);
    }

    private record Place(Long gridId, Long groupId, Long villageId) {
    }

    /** Where a village's households wait for a grid: code = village code + 000, created when first needed. */
    private GridRef pendingGrid(VillageRef village) throws SQLException {
        String code = village.code() + "000";
        GridRef g = known.gridByCode(code);
        if (g == null) {
            String name = village.name() + "待分网格";
            long id = writer != null ? writer.insertGrid(village.id(), code, name) : -known.newMemberId();
            g = new GridRef(id, code, name, village.id());
            known.addGrid(g);
        }
        return g;
    }

    /** Grid from 网格编号 (current or old code) or 网格名称; village from 村 or the grid; the villager group by name. */
    private Place place(MemberRow head) throws SQLException {
        RowValues v = head.v();
        String codeCarrier = head.hhNumber() != null ? head.hhNumber() : head.gridCode();
        VillageResolver.Found found = villages.resolve(head.village(), codeCarrier, contexts.get(v.sheet()));
        VillageRef village = found.village();
        if (found.unknown() != null) {
            v.add(RosterField.VILLAGE, Issue.error(VillageResolver.notInTownship(found.unknown()) + "，本乡镇的村有："
                    + known.villageNames()));
        }
        GridRef grid = null;
        if (head.gridCode() != null) {
            grid = known.gridByCode(head.gridCode());
            if (grid == null) {
                v.add(RosterField.GRID_CODE, Issue.error("网格编号「" + head.gridCode() + "」在系统中不存在，请核对或先在“网格与农户”中建立该网格"));
            }
        } else if (head.gridName() != null) {
            grid = known.gridByName(head.gridName(), village == null ? null : village.id()).orElse(null);
            if (grid == null) {
                v.add(RosterField.GRID_NAME, Issue.error("网格名称「" + head.gridName() + "」在系统中找不到（或有重名），请填写网格编号"));
            }
        } else if (village != null && known.gridsOf(village.id()).size() == 1) {
            grid = known.gridsOf(village.id()).get(0); // the village's only grid: no choice to make
        } else if (village != null) {
            grid = pendingGrid(village);
            v.add(null, Issue.warning("表中没有网格，该户已放入“" + grid.name() + "”，请在“网格与农户”中分到正式网格"));
        } else {
            v.add(null, Issue.warning("表中没有村和网格，无法确定该户属于哪个村，暂不属于任何网格"));
        }
        if (grid != null && head.village() == null) {
            village = null; // a village only inferred from 户编号 or the title yields to the grid's own
        }
        Long villageId = village != null ? Long.valueOf(village.id()) : grid != null ? Long.valueOf(grid.villageId()) : null;
        if (grid != null && village != null && grid.villageId() != village.id()) {
            v.add(RosterField.GRID_CODE, Issue.error("网格「" + grid.name() + "」不属于" + village.name()));
        }
        Long groupId = null;
        if (head.group() != null) {
            if (villageId == null) {
                v.add(RosterField.VILLAGER_GROUP, Issue.warning("无法确定村，村民小组「" + head.group() + "」未导入"));
            } else {
                GroupRef g = known.group(villageId, head.group()).orElse(null);
                if (g == null) {
                    long id = writer != null ? writer.insertGroup(villageId, head.group()) : -known.newMemberId();
                    g = new GroupRef(id, villageId, head.group());
                    known.addGroup(g);
                }
                groupId = g.id();
            }
        }
        return new Place(grid == null ? null : grid.id(), groupId, villageId);
    }

    private void commitHousehold(List<MemberRow> ordered, Place place) throws SQLException {
        MemberRow head = ordered.get(0);
        StoredHousehold existing = head.hhNumber() != null ? known.householdByNumber(head.hhNumber()) : null;
        List<PersonFields.Resolved> people = new ArrayList<>();
        for (MemberRow r : ordered) {
            people.add(PersonFields.resolve(known, r.person(), r.v()));
        }
        if (existing == null && !people.get(0).isNew()) {
            StoredMember headMembership = known.memberOf(people.get(0).personId());
            if (headMembership != null && Relationship.户主.label().equals(headMembership.relation())) {
                existing = known.household(headMembership.householdId());
            }
        }
        RowValues hv = head.v();
        // without a 户联系电话 column the head's phone is the household's; without 立户日期 it begins today
        String phone = hv.has(RosterField.HOUSEHOLD_PHONE) ? firstExtra(ordered, Extra::hhPhone)
                : people.get(0).values()[ImportWriter.PersonColumn.PHONE.ordinal()];
        String since = hv.has(RosterField.HOUSEHOLD_SINCE) ? firstExtra(ordered, Extra::hhSince) : today;
        StoredHousehold wanted = new StoredHousehold(existing == null ? UUID.randomUUID().toString() : existing.id(),
                first(ordered, MemberRow::hhNumber), place.gridId(), place.groupId(), first(ordered, MemberRow::tenGroup),
                firstExtra(ordered, Extra::leader), firstExtra(ordered, Extra::address), phone,
                firstLabel(ordered), Boolean.TRUE.equals(first(ordered, MemberRow::dibao)),
                Boolean.TRUE.equals(first(ordered, MemberRow::tekun)), firstExtra(ordered, Extra::housing),
                firstExtra(ordered, Extra::toilet), head.notes(), since);
        List<String> householdChanges = new ArrayList<>();
        StoredHousehold stored = wanted;
        String headName = head.person().name();
        if (existing == null) {
            late.founded(wanted.id(), headName, wanted.since());
            known.putHousehold(wanted);
            if (writer != null) {
                writer.insertHousehold(wanted);
            }
        } else {
            stored = mergeHousehold(existing, wanted, first(ordered, MemberRow::hhType), first(ordered, MemberRow::dibao),
                    first(ordered, MemberRow::tekun), hv.has(RosterField.HOUSEHOLD_SINCE), householdChanges);
            if (!householdChanges.isEmpty()) {
                datedHouseholdFacts(existing, stored, headName);
                known.putHousehold(stored);
                if (writer != null) {
                    writer.updateHousehold(stored, !Objects.equals(existing.gridId(), stored.gridId()));
                    writer.datedStatus(existing, stored);
                }
            }
        }
        List<Monitoring> history = firstExtra(ordered, Extra::history);
        if (history != null) {
            monitoringHistory(stored.id(), headName, history, householdChanges);
        } else {
            monitoring(stored.id(), headName, first(ordered, MemberRow::monitoring),
                    first(ordered, MemberRow::riskEliminated), householdChanges);
        }
        List<Award> awards = firstExtra(ordered, Extra::awards);
        if (awards != null) {
            awards(stored.id(), awards, householdChanges);
        }
        if (existing != null && hv.has(RosterField.RELATION)) {
            int firstRow = ordered.stream().mapToInt(r -> r.v().excelRow()).min().orElse(hv.excelRow());
            Listed listed = relisted.computeIfAbsent(stored.id(), k -> new Listed(hv.sheet(), firstRow,
                    new java.util.HashSet<>()));
            people.forEach(p -> listed.persons().add(p.personId()));
        }
        for (int i = 0; i < ordered.size(); i++) {
            MemberRow r = ordered.get(i);
            PersonFields.Resolved p = people.get(i);
            List<String> changes = new ArrayList<>(p.changes());
            if (i == 0) {
                changes.addAll(householdChanges);
            }
            boolean newMember = member(stored.id(), headName, r, p, i, changes);
            if (writer != null) {
                PersonFields.write(writer, p);
            }
            RowClass c = existing == null || p.isNew() || newMember ? RowClass.NEW
                    : changes.isEmpty() ? RowClass.UNCHANGED : RowClass.CHANGED;
            p.warnAboutNameMatch(r.v(), c);
            outcomes.add(new RowOutcome(r.v().sheet(), r.v().excelRow(), r.person().name(), c,
                    c == RowClass.CHANGED ? changes : List.of(), r.v().issues()));
        }
    }

    /**
     * The household's own dated facts that changed (old and new 立户日期; 户类型, 低保 and 特困供养, which
     * {@link ImportWriter#datedStatus} dates the import day).
     */
    private void datedHouseholdFacts(StoredHousehold was, StoredHousehold now, String head) {
        if (!Objects.equals(was.since(), now.since())) {
            late.moved("农户", now.id(), now.id(), head, null, "立户日期", was.since(), now.since(), LocalDate.MIN);
        }
        if (!Objects.equals(was.hhType(), now.hhType())) {
            late.add("户状态", now.id(), now.id(), head, null, "户类型", today);
        }
        if (was.dibao() != now.dibao()) {
            late.add("户状态", now.id(), now.id(), head, null, "低保", today);
        }
        if (was.tekun() != now.tekun()) {
            late.add("户状态", now.id(), now.id(), head, null, "特困供养", today);
        }
    }

    /** Adds or updates the membership; true when the person joins this household now. */
    private boolean member(String householdId, String head, MemberRow r, PersonFields.Resolved p, int seq,
            List<String> changes) throws SQLException {
        StoredMember current = p.isNew() ? null : known.memberOf(p.personId());
        String relation = r.relation() == null ? (seq == 0 ? Relationship.户主.label() : "其他") : r.relation().label();
        StoredMember movedFrom = null;
        if (current != null && !current.householdId().equals(householdId)) {
            r.v().add(RosterField.NAME, Issue.warning(r.person().name() + "原属另一户，已转入本户（原户中的成员记录已结束）"));
            movedFrom = current;
            current = null;
        }
        if (current == null) {
            Extra x = r.extra();
            StoredMember m = new StoredMember(known.newMemberId(), householdId, p.personId(), relation, seq,
                    r.education() == null ? null : r.education().label(), r.student() == null ? null : r.student().label(),
                    r.health(), r.labour() == null ? null : r.labour().label(), r.months(), x.workPlace(),
                    !Boolean.FALSE.equals(x.resident()), r.v().has(RosterField.MEMBER_SINCE) ? x.memberSince() : today);
            String recordId = p.idNumber() != null ? p.idNumber() : String.valueOf(m.id());
            late.add("成员", recordId, householdId, head, r.person().name(), "入户", m.since());
            if (movedFrom != null && late.isLate(today)) {
                // the old membership ends on the import day (ImportWriter.movedByImport)
                late.add("成员", recordId, movedFrom.householdId(), storedHead(movedFrom.householdId()),
                        r.person().name(), HouseholdChange.IMPORT_MOVE_LEAVE, today);
            }
            known.putMember(m);
            if (writer != null) {
                writer.insertMember(m);
                if (movedFrom != null) {
                    writer.movedByImport(movedFrom, m);
                }
            }
            return true;
        }
        String education = keep(current.education(), r.education() == null ? null : r.education().label(), "文化程度", changes);
        String student = keep(current.studentStatus(), r.student() == null ? null : r.student().label(), "在校生状况", changes);
        if (r.education() != null && r.student() == null) {
            student = null;
        } else if (r.student() != null && r.education() == null) {
            education = null;
        }
        StoredMember updated = new StoredMember(current.id(), householdId, p.personId(),
                keep(current.relation(), relation, "与户主关系", changes), current.seq(), education, student,
                SameValue.health(current.health(), r.health()) ? current.health()
                        : keep(current.health(), r.health(), "健康状况", changes),
                keep(current.labourSkill(), r.labour() == null ? null : r.labour().label(), "劳动技能", changes),
                r.months() == null || r.months().equals(current.monthsAway()) ? current.monthsAway()
                        : changed(current.monthsAway(), r.months(), "务工时间（月）", changes),
                keep(current.workPlace(), r.extra().workPlace(), "务工地点", changes),
                r.extra().resident() == null ? current.resident()
                        : flag(current.resident(), r.extra().resident(), "是否常住", changes),
                keep(current.since(), r.extra().memberSince(), "入户日期", changes));
        if (!Objects.equals(current.since(), updated.since())) {
            String recordId = p.idNumber() != null ? p.idNumber() : String.valueOf(current.id());
            late.moved("成员", recordId, householdId, head, r.person().name(), "入户日期", current.since(),
                    updated.since(), LocalDate.MIN);
        }
        if (!updated.equals(current)) {
            known.putMember(updated);
            if (writer != null) {
                writer.updateMember(updated);
            }
        }
        return false;
    }

    /** Columns the file does not have (null) keep what is stored. */
    private StoredHousehold mergeHousehold(StoredHousehold old, StoredHousehold w, HouseholdType type, Boolean dibao,
                                           Boolean tekun, boolean sinceGiven, List<String> changes) {
        Long gridId = w.gridId() == null ? old.gridId() : w.gridId();
        if (!Objects.equals(gridId, old.gridId())) {
            GridRef from = known.gridById(old.gridId());
            GridRef to = known.gridById(gridId);
            changes.add("网格：" + (from == null ? "（无）" : from.name()) + " → " + (to == null ? "（无）" : to.name()));
        }
        Long groupId = w.groupId() == null ? old.groupId() : w.groupId();
        if (!Objects.equals(groupId, old.groupId())) {
            GroupRef to = known.groupById(groupId);
            changes.add("村民小组已变更为" + (to == null ? "" : to.name()));
        }
        return new StoredHousehold(old.id(), keep(old.hhNumber(), w.hhNumber(), "户编号", changes), gridId, groupId,
                keep(old.tenGroupNo(), w.tenGroupNo(), "十户一组组号", changes),
                keep(old.tenGroupLeader(), w.tenGroupLeader(), "联户长", changes),
                keep(old.address(), w.address(), "家庭住址", changes), keep(old.phone(), w.phone(), "户联系电话", changes),
                keep(old.hhType(), type == null ? null : type.label(), "户类型", changes),
                dibao == null ? old.dibao() : flag(old.dibao(), dibao, "是否低保", changes),
                tekun == null ? old.tekun() : flag(old.tekun(), tekun, "是否特困供养", changes),
                keep(old.housingStatus(), w.housingStatus(), "住房安全", changes),
                keep(old.toiletStatus(), w.toiletStatus(), "改厕情况", changes), keep(old.notes(), w.notes(), "备注", changes),
                sinceGiven ? keep(old.since(), w.since(), "立户日期", changes) : old.since());
    }

    private void monitoring(String householdId, String head, MonitoringCategory category, Boolean eliminated,
            List<String> changes) throws SQLException {
        if (category == null) {
            return;
        }
        StoredMonitoring old = known.monitoring(householdId);
        boolean elim = Boolean.TRUE.equals(eliminated);
        if (old == null) {
            // identified in the month of the import (ImportWriter.insertMonitoring)
            late.add("防返贫监测", "0", householdId, head, null, "防返贫监测 识别", today.substring(0, 7));
            known.putMonitoring(StoredMonitoring.basic(0, householdId, category.label(), today.substring(0, 7), elim));
            changes.add("纳入监测：" + category.label());
            if (writer != null) {
                writer.insertMonitoring(householdId, category.label(), elim);
            }
            return;
        }
        boolean keepElim = eliminated == null ? old.riskEliminated() : elim;
        if (!old.category().equals(category.label()) || keepElim != old.riskEliminated()) {
            changes.add("监测对象类别/风险是否消除：" + old.category() + (old.riskEliminated() ? "（已消除）" : "")
                    + " → " + category.label() + (keepElim ? "（已消除）" : ""));
            known.putMonitoring(old.withState(category.label(), keepElim));
            if (writer != null && old.id() > 0) {
                writer.updateMonitoring(old.id(), category.label(), keepElim);
            }
        }
    }

    /**
     * A full ledger's 防返贫监测记录: each episode is found by its identified month (and category) among the
     * household's, and added or brought up to date; episodes the file does not list are left alone.
     */
    private void monitoringHistory(String householdId, String head, List<Monitoring> wanted, List<String> changes)
            throws SQLException {
        List<StoredMonitoring> have = new ArrayList<>(known.episodes(householdId));
        for (Monitoring m : wanted) {
            String month = m.identifiedMonth().toIso();
            StoredMonitoring match = have.stream()
                    .filter(e -> month.equals(e.identifiedMonth()) && m.category().equals(e.category())).findFirst()
                    .orElse(have.stream().filter(e -> month.equals(e.identifiedMonth())).findFirst().orElse(null));
            StoredMonitoring w = new StoredMonitoring(match == null ? 0 : match.id(), householdId, m.category(),
                    m.risk1(), m.risk2(), m.risk3(), month, m.measures(), m.contactName(), m.contactPhone(),
                    m.riskEliminated(), m.eliminationMethod(),
                    m.eliminatedMonth() == null ? null : m.eliminatedMonth().toIso());
            String described = LedgerText.monitoring(List.of(m));
            if (match == null) {
                late.add("防返贫监测", "0", householdId, head, null, "防返贫监测 识别", w.identifiedMonth());
                late.add("防返贫监测", "0", householdId, head, null, "防返贫监测 消除",
                        w.riskEliminated() ? w.eliminatedMonth() : null);
                known.putMonitoring(w);
                changes.add("新增监测记录：" + described);
                if (writer != null) {
                    writer.insertEpisode(w);
                }
                continue;
            }
            have.remove(match);
            String wasGone = match.riskEliminated() ? match.eliminatedMonth() : null;
            String nowGone = w.riskEliminated() ? w.eliminatedMonth() : null;
            if (!Objects.equals(wasGone, nowGone)) {
                // the identified month is how the episode was found: only its elimination can move
                String id = String.valueOf(match.id());
                late.moved("防返贫监测", id, householdId, head, null, "防返贫监测 消除年月", wasGone, nowGone,
                        LocalDate.MAX);
            }
            if (!w.equals(match)) {
                changes.add("监测记录（" + m.identifiedMonth().toDisplay() + "识别）：" + describe(match) + " → " + described);
                known.putEpisode(w);
                if (known.monitoring(householdId) != null && known.monitoring(householdId).id() == w.id()) {
                    known.putMonitoring(w);
                }
                if (writer != null && w.id() > 0) {
                    writer.updateEpisode(w);
                }
            }
        }
    }

    private static String describe(StoredMonitoring e) {
        return LedgerText.monitoring(List.of(new Monitoring(e.id(), e.householdId(), e.category(), e.risk1(), e.risk2(),
                e.risk3(), e.identifiedMonth() == null ? null : FuzzyDate.parseIso(e.identifiedMonth()), e.measures(),
                e.contactName(), e.contactPhone(), e.riskEliminated(), e.eliminationMethod(),
                e.eliminatedMonth() == null ? null : FuzzyDate.parseIso(e.eliminatedMonth()))));
    }

    /** A full ledger's 示范户称号: the awards the household does not have yet are added; none is removed. */
    private void awards(String householdId, List<Award> wanted, List<String> changes) throws SQLException {
        for (Award a : wanted) {
            boolean have = known.awards(householdId).stream().anyMatch(x -> x.year() == a.year()
                    && a.awardType().equals(x.awardType()) && a.level().equals(x.level()));
            if (have) {
                continue;
            }
            StoredAward stored = new StoredAward(0, householdId, a.awardType(), a.year(), a.level());
            known.putAward(stored);
            changes.add("新增示范户称号：" + LedgerText.awards(List.of(a)));
            if (writer != null) {
                writer.insertAward(stored);
            }
        }
    }

    private static <T> T firstExtra(List<MemberRow> rows, java.util.function.Function<Extra, T> f) {
        return rows.stream().map(r -> f.apply(r.extra())).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String firstLabel(List<MemberRow> rows) {
        HouseholdType t = first(rows, MemberRow::hhType);
        return t == null ? HouseholdType.一般农户.label() : t.label();
    }

    private static <T> T first(List<MemberRow> rows, java.util.function.Function<MemberRow, T> f) {
        return rows.stream().map(f).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String keep(String old, String given, String label, List<String> changes) {
        if (given == null || SameValue.text(old, given)) {
            return old;
        }
        changes.add(label + "：" + (old == null ? "（空）" : old) + " → " + given);
        return given;
    }

    private static Integer changed(Integer old, Integer given, String label, List<String> changes) {
        changes.add(label + "：" + (old == null ? "（空）" : old) + " → " + given);
        return given;
    }

    private static boolean flag(boolean old, boolean given, String label, List<String> changes) {
        if (old != given) {
            changes.add(label + "：" + (old ? "是" : "否") + " → " + (given ? "是" : "否"));
        }
        return given;
    }
}
