package cn.gridledger.logic.report;

import static cn.gridledger.logic.report.Column.group;
import static cn.gridledger.logic.report.Column.text;

import java.util.List;

import cn.gridledger.logic.report.ReportFacts.CadrePost;

/** C1 干部花名册: one row per person-post at the statistics date; the importer reads it back. */
final class CadreRosterReport {

    private CadreRosterReport() {
    }

    static List<Column> header() {
        return List.of(text("序号", 5), text("姓名", 8), text("性别", 5), text("民族", 7), text("出生年月", 9),
                Column.count("年龄", 5), text("籍贯", 10), text("身份证号", 21), text("政治面貌", 10), text("入党时间", 9),
                text("参加工作时间", 9),
                group("全日制教育", text("学历", 9), text("学位", 7), text("毕业院校及专业", 18)),
                group("在职教育", text("学历", 9), text("学位", 7), text("毕业院校及专业", 18)),
                text("工作单位（村/派出单位）", 16), text("现任职务", 14), text("任职时间", 9), text("是否一肩挑", 6),
                text("是否交叉任职", 7), text("干部类别", 9), text("派出层级", 7), text("联系电话", 13), text("备注", 12));
    }

    static ReportTable build(ReportContext ctx, ReportData data) {
        RowSource rows = (limit, sink) -> {
            int[] seq = {0};
            data.cadrePosts(ctx.asOf(), ctx.villageId(), limit, p -> sink.accept(row(++seq[0], p, ctx)));
        };
        return ctx.table(ReportKind.CADRE_ROSTER, header(), rows,
                List.of("注：年龄按统计截止日期（" + CountyText.longDate(ctx.asOf()) + "）计算周岁；列出当日在任的各类干部，一人多职每职一行。"));
    }

    private static ReportRow row(int seq, CadrePost p, ReportContext ctx) {
        Integer age = CountyText.age(p.birthDate(), ctx.asOf());
        return ReportRow.data(String.valueOf(seq), CountyText.nz(p.name()), CountyText.nz(p.gender()),
                ReportCodes.ethnicityName(p.ethnicity()), CountyText.date(p.birthDate()), age == null ? null : (long) age,
                CountyText.nz(p.nativePlace()), CountyText.nz(p.idNumber()), CountyText.nz(p.politicalStatus()),
                CountyText.date(p.partyJoinDate()), CountyText.date(p.workStartDate()), CountyText.nz(p.eduFullTime()),
                CountyText.nz(p.degreeFullTime()), CountyText.nz(p.schoolFullTime()), CountyText.nz(p.eduInService()),
                CountyText.nz(p.degreeInService()), CountyText.nz(p.schoolInService()), CountyText.nz(p.workUnit()),
                CountyText.nz(p.postType()), CountyText.date(p.startDate()), CountyText.yesNo(p.oneShoulder()),
                CountyText.yesNo(p.crossPost()), CountyText.nz(p.category()), CountyText.nz(p.dispatchLevel()),
                CountyText.nz(p.phone()), CountyText.nz(p.notes()));
    }
}
