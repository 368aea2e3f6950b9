package cn.gridledger.logic.report;

import static cn.gridledger.logic.report.Column.text;

import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.report.ReportFacts.LedgerMember;
import cn.gridledger.logic.validate.LedgerText;
import cn.gridledger.model.Award;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Monitoring;

/**
 * C2 农户信息台账: one row per member at the statistics date, household columns repeated, head first;
 * streamed from the query to the sheet. The county's columns (reports.md) come first; after them, the
 * fields the county layout has no column for, so that a township can rebuild its ledger from its own
 * export (docs/decisions/c2-full-ledger.md). The importer reads every column back.
 */
final class HouseholdLedgerReport {

    private HouseholdLedgerReport() {
    }

    static List<Column> header() {
        return List.of(text("序号", 7), text("村", 9), text("网格编号", 17), text("网格名称", 10), text("村民小组", 8),
                text("户编号", 20), text("户主姓名", 8), text("与户主关系", 7), text("姓名", 8), text("性别", 5),
                text("身份证号", 21), text("出生日期", 11), text("民族", 7), text("文化程度", 9), text("在校生状况", 10),
                text("健康状况", 10), text("劳动技能", 9), Column.count("务工时间（月）", 7), text("政治面貌", 9),
                text("联系电话", 13), text("户类型", 8), text("是否低保", 6), text("是否特困供养", 7),
                text("监测对象类别", 12), text("风险是否消除", 7), text("十户一组组号", 8), text("备注", 12),
                // not in the county layout: the rest of what the program keeps for a household and its members
                text("家庭住址", 24), text("户联系电话", 13), text("联户长", 8), text("住房安全", 7), text("改厕情况", 7),
                text("立户日期", 11), text("务工地点", 12), text("是否常住", 6), text("入户日期", 11),
                text(LedgerText.AWARDS_HEADING, 24), text(LedgerText.MONITORING_HEADING, 60));
    }

    static ReportTable build(ReportContext ctx, ReportData data) {
        RowSource rows = (limit, sink) -> {
            int[] seq = {0};
            data.ledgerMembers(ctx.asOf(), ctx.villageId(), ctx.gridId(), limit, m -> sink.accept(row(++seq[0], m)));
        };
        return ctx.table(ReportKind.HOUSEHOLD_LEDGER, header(), rows, List.of());
    }

    private static ReportRow row(int seq, LedgerMember m) {
        return ReportRow.data(String.valueOf(seq), CountyText.nz(m.village()), CountyText.nz(m.gridCode()),
                CountyText.nz(m.gridName()), CountyText.nz(m.villagerGroup()), CountyText.nz(m.hhNumber()),
                CountyText.nz(m.headName()), CountyText.nz(m.relation()), CountyText.nz(m.name()),
                CountyText.nz(m.gender()), CountyText.nz(m.idNumber()), CountyText.date(m.birthDate()),
                ReportCodes.ethnicityName(m.ethnicity()), CountyText.nz(m.education()),
                CountyText.nz(m.studentStatus()), CountyText.nz(m.health()), CountyText.nz(m.labourSkill()),
                m.monthsAway() == null ? null : (long) m.monthsAway(), CountyText.nz(m.politicalStatus()),
                CountyText.nz(m.phone()), CountyText.nz(m.hhType()), CountyText.yesNo(m.dibao()),
                CountyText.yesNo(m.tekun()), CountyText.nz(m.monitoringCategory()),
                m.riskEliminated() == null ? "" : CountyText.yesNo(m.riskEliminated()), CountyText.nz(m.tenGroupNo()),
                CountyText.nz(m.notes()), CountyText.nz(m.address()), CountyText.nz(m.hhPhone()),
                CountyText.nz(m.tenGroupLeader()), CountyText.nz(m.housingStatus()), CountyText.nz(m.toiletStatus()),
                CountyText.date(m.hhSince()), CountyText.nz(m.workPlace()), CountyText.yesNo(m.resident()),
                CountyText.date(m.memberSince()), awards(m.awardsPacked()), monitoring(m.monitoringPacked()));
    }

    private static final String FIELDS = "\u001f";
    private static final String ENTRIES = "\u001e";

    /** year␟level␟type entries, ␞-separated. */
    static String awards(String packed) {
        if (packed == null || packed.isEmpty()) {
            return "";
        }
        List<Award> list = new ArrayList<>();
        for (String entry : packed.split(ENTRIES)) {
            String[] f = entry.split(FIELDS, -1);
            list.add(new Award(0, null, f[2], Integer.parseInt(f[0]), f[1]));
        }
        return LedgerText.awards(list);
    }

    /** category␟risk1␟risk2␟risk3␟identified␟measures␟contact␟phone␟gone␟method␟eliminated entries, ␞-separated. */
    static String monitoring(String packed) {
        if (packed == null || packed.isEmpty()) {
            return "";
        }
        List<Monitoring> list = new ArrayList<>();
        for (String entry : packed.split(ENTRIES)) {
            String[] f = entry.split(FIELDS, -1);
            list.add(new Monitoring(0, null, f[0], blankToNull(f[1]), blankToNull(f[2]), blankToNull(f[3]), month(f[4]),
                    blankToNull(f[5]), blankToNull(f[6]), blankToNull(f[7]), "1".equals(f[8]), blankToNull(f[9]),
                    month(f[10])));
        }
        return LedgerText.monitoring(list);
    }

    private static FuzzyDate month(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return FuzzyDate.parseIso(iso);
        } catch (RuntimeException e) {
            return null; // a malformed stored month is left out rather than failing the whole export
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
