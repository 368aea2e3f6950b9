package cn.gridledger.logic.report;

import java.time.LocalDate;

/** The signature line under every report; the names and phone are remembered between exports. */
public record Footer(String preparer, String reviewer, String phone, LocalDate fillDate) {

    public static Footer empty() {
        return new Footer("", "", "", LocalDate.now());
    }

    public Footer withFillDate(LocalDate date) {
        return new Footer(preparer, reviewer, phone, date);
    }

    /** The four parts as printed: 填表人：… 审核人：… 联系电话：… 填报日期：…. */
    public String[] parts() {
        return new String[] {"填表人：" + nz(preparer), "审核人：" + nz(reviewer), "联系电话：" + nz(phone),
            "填报日期：" + CountyText.longDate(fillDate)};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
