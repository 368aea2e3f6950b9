package cn.gridledger.logic.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.report.CountyText;
import cn.gridledger.logic.report.PersonalDataMask;
import cn.gridledger.logic.report.ReportContext;
import cn.gridledger.logic.report.ReportData;
import cn.gridledger.logic.report.ReportKind;
import cn.gridledger.logic.report.ReportTable;
import cn.gridledger.logic.report.Reports;
import cn.gridledger.logic.report.TableSnapshot;
import cn.gridledger.logic.security.PersonalData;
import cn.gridledger.model.LateEdit;
import cn.gridledger.model.Quarter;
import cn.gridledger.model.QuarterSubmission;

/**
 * Which version of each report one export prints (#15 报送): a report of a quarter already submitted for this
 * scope comes from its frozen table, footer and 填报日期 included, so it never drifts; any other quarterly
 * report is built from the data, with a 补充说明 line per submitted quarter whose facts were edited since.
 */
final class ReportVersions {

    /** The frozen tables by report, and the submission each came from. */
    private final Map<ReportKind, byte[]> frozen = new EnumMap<>(ReportKind.class);
    private final Map<ReportKind, QuarterSubmission> submitted = new EnumMap<>(ReportKind.class);
    private final List<LateEdit> lateEdits;
    private final List<String> lateEditNotes;

    ReportVersions(List<LateEdit> lateEdits) {
        this.lateEdits = List.copyOf(lateEdits);
        this.lateEditNotes = notes(lateEdits);
    }

    void addSubmitted(ReportKind kind, QuarterSubmission s, byte[] snapshot) {
        frozen.put(kind, snapshot);
        submitted.put(kind, s);
    }

    /** The submission {@code kind} is reproduced from, or null when it is built from the data. */
    QuarterSubmission submission(ReportKind kind) {
        return submitted.get(kind);
    }

    /** The late edits the 补充说明 of a report built from the data lists. */
    List<LateEdit> lateEdits() {
        return lateEdits;
    }

    ReportTable table(ReportKind kind, ReportContext ctx, boolean masked, ReportData data) {
        byte[] snapshot = frozen.get(kind);
        ReportTable table = snapshot != null ? TableSnapshot.thaw(snapshot)
                : kind.quarterly() ? Reports.build(kind, ctx, data).withMoreNotes(lateEditNotes)
                : Reports.build(kind, ctx, data);
        return masked ? PersonalDataMask.apply(table, PersonalData::maskIdNumber, PersonalData::maskPhone) : table;
    }

    /**
     * One line per submitted quarter: {@code 补充说明：2026年第3季度已报送后修改 2 项：张三明户 李四 迁出日期
     * 2026.08.03（户籍核实后更正）；……。}
     */
    static List<String> notes(List<LateEdit> edits) {
        Map<Quarter, List<LateEdit>> byQuarter = new LinkedHashMap<>();
        edits.forEach(e -> byQuarter.computeIfAbsent(e.quarter(), q -> new ArrayList<>()).add(e));
        List<String> out = new ArrayList<>();
        byQuarter.forEach((q, list) -> {
            StringBuilder line = new StringBuilder("补充说明：").append(q.label()).append("已报送后修改 ")
                    .append(list.size()).append(" 项：");
            for (int i = 0; i < list.size(); i++) {
                LateEdit e = list.get(i);
                line.append(i == 0 ? "" : "；").append(e.what()).append(' ')
                        .append(CountyText.date(e.factDate().toString())).append("（").append(e.reason()).append("）");
            }
            out.add(line.append("。").toString());
        });
        return out;
    }
}
