package cn.gridledger.logic.report;

import static cn.gridledger.logic.report.Column.text;

import java.util.List;

import cn.gridledger.logic.report.ReportFacts.LedgerMember;

/**
 * C2 农户信息台账: one row per member at the statistics date, household columns repeated, head first;
 * streamed from the query to the sheet. The importer reads it back.
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
                text("监测对象类别", 12), text("风险是否消除", 7), text("十户一组组号", 8), text("备注", 12));
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
                CountyText.nz(m.notes()));
    }
}
