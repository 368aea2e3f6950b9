package cn.gridledger.logic.importer.layouts;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.importer.CellIssue;
import cn.gridledger.logic.importer.ImportRefusedException;
import cn.gridledger.logic.importer.ImportReport;
import cn.gridledger.logic.importer.RowClass;
import cn.gridledger.logic.importer.RowOutcome;
import cn.gridledger.logic.importer.header.RosterKind;
import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CadreService;
import cn.gridledger.logic.service.ImportService;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.Member;
import cn.gridledger.model.Village;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks the layout corpus (issue #13 item 9): every layout is written, imported for real into a fresh
 * township database, and compared with what a person reading the file sees — header row, record rows,
 * error rows and their messages, and each person as stored. A failure lists everything that differs for
 * that layout at once.
 */
class LayoutCorpusTest {

    @TempDir
    Path dir;

    @Test
    void theCorpusHasThirtyDistinctLayoutsOfEveryFileType() throws Exception {
        List<Layout> all = LayoutCorpus.all();
        Set<String> ids = all.stream().map(Layout::id).collect(Collectors.toSet());
        assertTrue(ids.size() == all.size(), "layout ids are unique");
        assertTrue(all.size() >= 30, "at least 30 layouts, has " + all.size());
    }

    @TestFactory
    Stream<DynamicTest> everyLayoutImportsAsAPersonReadsIt() {
        return LayoutCorpus.all().stream().map(l -> DynamicTest.dynamicTest(l.id(), () -> walk(l)));
    }

    private void walk(Layout layout) throws Exception {
        Path d = Files.createDirectories(dir.resolve(layout.id()));
        LayoutTruth truth = layout.write(d);
        List<String> problems = check(layout, truth, d);
        if (!problems.isEmpty()) {
            fail(layout.id() + "（" + layout.description() + "）\n  " + String.join("\n  ", problems));
        }
    }

    /** Everything that differs between the import and the truth (empty: the layout imports right). */
    static List<String> check(RosterLayout layout, LayoutTruth truth, Path workDir) {
        List<String> problems = new ArrayList<>();
        try (AppServices app = LayoutTownship.open(workDir.resolve("township.db"))) {
            ImportReport report;
            try {
                // a file that names no village is imported with 本表所属村 (--village), as a user would
                report = app.importer().importFile(truth.file(), ImportService.Options.of(layout.kind(), null, false, false)
                        .village(truth.villageOption()), Progress.NONE);
            } catch (ImportRefusedException e) {
                if (truth.headerRow() != null) {
                    problems.add("被拒绝（应在第 " + truth.headerRow() + " 行找到表头）：" + e.getMessage());
                } else if (!e.getMessage().contains(truth.refusalFragment())) {
                    problems.add("拒绝理由应含「" + truth.refusalFragment() + "」，实际：" + e.getMessage());
                }
                return problems;
            } catch (RuntimeException e) {
                problems.add("内部错误（应为结果或中文拒绝）：" + e + " at " + where(e));
                return problems;
            }
            if (truth.headerRow() == null) {
                problems.add("应拒绝（「" + truth.refusalFragment() + "」），实际在第 " + report.headerRow() + " 行找到表头并得到 "
                        + report.rows().size() + " 行");
                return problems;
            }
            if (report.headerRow() != truth.headerRow()) {
                problems.add("表头行：应为 " + truth.headerRow() + "，实际 " + report.headerRow());
            }
            List<Integer> rows = report.rows().stream().map(RowOutcome::excelRow).sorted().toList();
            if (!rows.equals(truth.recordRows())) {
                problems.add("记录行：应为 " + truth.recordRows() + "，实际 " + rows);
            }
            checkErrors(report, truth, problems);
            checkPeople(app, layout.kind(), truth, problems);
            for (RowOutcome o : report.rows()) {
                if (truth.warningFreeRows().contains(o.excelRow())) {
                    List<CellIssue> dateIssues = o.issues().stream().filter(LayoutCorpusTest::aboutDates).toList();
                    if (!dateIssues.isEmpty()) {
                        problems.add("第" + o.excelRow() + "行的日期应读对：" + dateIssues.stream().map(CellIssue::describe)
                                .collect(Collectors.joining(" | ")));
                    }
                }
            }
        }
        return problems;
    }

    private static void checkErrors(ImportReport report, LayoutTruth truth, List<String> problems) {
        Map<Integer, RowOutcome> errors = new TreeMap<>();
        for (RowOutcome o : report.rows()) {
            if (o.rowClass() == RowClass.ERROR) {
                errors.putIfAbsent(o.excelRow(), o);
            }
        }
        Set<Integer> unexpected = new TreeSet<>(errors.keySet());
        unexpected.removeAll(truth.errorRows().keySet());
        for (int r : unexpected) {
            problems.add("第" + r + "行不应是错误行：" + issues(errors.get(r)));
        }
        for (var e : new TreeMap<>(truth.errorRows()).entrySet()) {
            RowOutcome o = errors.get(e.getKey());
            if (o == null) {
                problems.add("第" + e.getKey() + "行应是错误行（「" + e.getValue() + "」），实际"
                        + report.rows().stream().filter(x -> x.excelRow() == e.getKey()).findFirst()
                                .map(x -> "为" + x.rowClass().label() + " " + issues(x)).orElse("不是记录行"));
            } else if (o.issues().stream().noneMatch(i -> i.describe().contains(e.getValue()))) {
                problems.add("第" + e.getKey() + "行的错误应含「" + e.getValue() + "」，实际：" + issues(o));
            } else if (truth.errorColumns().containsKey(e.getKey()) && o.issues().stream()
                    .noneMatch(i -> i.describe().contains(e.getValue()) && truth.errorColumns().get(e.getKey()).equals(i.columnLetter()))) {
                problems.add("第" + e.getKey() + "行的错误应指向 " + truth.errorColumns().get(e.getKey()) + " 列（值所在的列），实际：" + issues(o));
            }
        }
    }

    private static void checkPeople(AppServices app, RosterKind kind, LayoutTruth truth, List<String> problems) {
        Map<Long, String> villages = new TreeMap<>();
        Map<Long, String> groupVillages = new TreeMap<>();
        for (Village v : app.township().villages()) {
            villages.put(v.id(), v.name());
            app.grids().groups(v.id()).forEach(g -> groupVillages.put(g.id(), v.name()));
        }
        for (ExpectedPerson p : truth.people()) {
            String who = "第" + p.excelRow() + "行 " + p.name() + "（" + p.idNumber() + "）";
            if (kind == RosterKind.CADRE) {
                checkCadre(app, p, who, problems);
            } else {
                checkMember(app, villages, groupVillages, p, who, problems);
            }
        }
    }

    private static void checkCadre(AppServices app, ExpectedPerson p, String who, List<String> problems) {
        Optional<Long> id = app.cadres().personWithIdNumber(p.idNumber());
        if (id.isEmpty()) {
            problems.add(who + "：未导入");
            return;
        }
        CadreService.CadreDetail d = app.cadres().detail(id.get());
        if (!p.name().equals(d.person().name())) {
            problems.add(who + "：姓名存为「" + d.person().name() + "」");
        }
        if ("后备力量".equals(p.category())) { // the reserve register, not a post
            List<CadreService.ReserveRow> reserves = app.cadres().reserves(null, LocalDate.now()).stream()
                    .filter(r -> r.personId() == id.get()).toList();
            if (reserves.stream().noneMatch(r -> Objects.equals(p.village(), r.village()))) {
                problems.add(who + "：应在" + p.village() + "后备力量名册中，实际 "
                        + reserves.stream().map(CadreService.ReserveRow::village).toList() + "；岗位 " + d.posts().size() + " 个");
            }
            return;
        }
        boolean found = d.posts().stream().anyMatch(pv -> Objects.equals(p.category(), pv.post().category())
                && (p.post() == null || p.post().equals(pv.post().postType()))
                && Objects.equals(p.village(), pv.villageName())
                && (p.dispatchUnit() == null || p.dispatchUnit().equals(pv.post().dispatchUnit())));
        if (!found) {
            problems.add(who + "：应为 " + p.category() + "/" + p.post() + "/" + p.village()
                    + (p.dispatchUnit() == null ? "" : "/" + p.dispatchUnit()) + "，实际 "
                    + d.posts().stream().map(pv -> pv.post().category() + "/" + pv.post().postType() + "/" + pv.villageName()
                            + (pv.post().dispatchUnit() == null ? "" : "/" + pv.post().dispatchUnit()))
                            .collect(Collectors.joining("；", "[", "]")));
        }
    }

    /** A household's village is its grid's village, else its villager group's (the household has no village of its own). */
    private static void checkMember(AppServices app, Map<Long, String> villages, Map<Long, String> groupVillages,
                                    ExpectedPerson p, String who, List<String> problems) {
        List<HouseholdRow> found = app.search().search(p.idNumber(), HouseholdFilter.all());
        if (found.isEmpty()) {
            problems.add(who + "：未导入");
            return;
        }
        HouseholdRow row = found.get(0);
        HouseholdDetail d = app.households().load(row.id());
        Optional<Member> m = d.members().stream().filter(x -> p.idNumber().equals(x.person().idNumber())).findFirst();
        if (m.isEmpty()) {
            problems.add(who + "：户中没有此人");
            return;
        }
        List<String> diff = new ArrayList<>();
        if (!p.name().equals(m.get().person().name())) {
            diff.add("姓名 " + m.get().person().name());
        }
        if (!Objects.equals(p.relation(), m.get().relation())) {
            diff.add("与户主关系 " + m.get().relation() + "（应为 " + p.relation() + "）");
        }
        Long group = d.household().villagerGroupId();
        String village = row.villageId() != null ? villages.get(row.villageId()) : group != null ? groupVillages.get(group) : null;
        if (!Objects.equals(p.village(), village)) {
            diff.add("村 " + village + "（应为 " + p.village() + "）");
        }
        if (p.householdNo() != null && !p.householdNo().equals(row.hhNumber())) {
            diff.add("户编号 " + row.hhNumber() + "（应为 " + p.householdNo() + "）");
        }
        if (!diff.isEmpty()) {
            problems.add(who + "：" + String.join("，", diff));
        }
    }

    /** An issue about a date (or the birth date the ID number implies): a date shape read wrong. */
    private static boolean aboutDates(CellIssue i) {
        return Stream.of("出生", "日期", "时间", "年月").anyMatch(w -> i.field().contains(w) || i.message().contains(w));
    }

    static String issues(RowOutcome o) {
        return o.issues().stream().map(CellIssue::describe).collect(Collectors.joining(" | "));
    }

    static String where(Throwable e) {
        return Stream.of(e.getStackTrace()).filter(f -> f.getClassName().startsWith("cn.gridledger")).limit(3)
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName() + ":"
                        + f.getLineNumber())
                .collect(Collectors.joining(" ← "));
    }
}
