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

    /**
     * The footer read back from the parts an exported sheet printed ({@link #parts()}), or null when they
     * are not those four with a readable 填报日期.
     */
    public static Footer parse(java.util.List<String> printed) {
        String[] labels = {"填表人：", "审核人：", "联系电话：", "填报日期："};
        String[] values = new String[4];
        for (String p : printed) {
            for (int i = 0; i < 4; i++) {
                if (p.startsWith(labels[i])) {
                    values[i] = p.substring(labels[i].length());
                }
            }
        }
        LocalDate day = values[3] == null ? null : CountyText.parseLongDate(values[3]);
        if (day == null) {
            return null;
        }
        return new Footer(nz(values[0]), nz(values[1]), nz(values[2]), day);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
