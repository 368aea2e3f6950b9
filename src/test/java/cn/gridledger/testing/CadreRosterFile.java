package cn.gridledger.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


/**
 * A small C1 干部花名册 as another office sends it, for the report fixture's villages (安恕村, 太平村): one row per
 * post or reserve entry, the month of 任职时间 (入库时间 for 后备力量) as typed, e.g. {@code 2026.08}.
 */
public final class CadreRosterFile {

    private static final List<String> HEADER = List.of("序号", "姓名", "性别", "出生年月", "工作单位", "现任职务", "任职时间",
            "干部类别");

    private final List<List<String>> rows = new ArrayList<>();

    /** A post (category 村两委 unless the post says otherwise). */
    public CadreRosterFile post(String name, String gender, String birth, String village, String post, String since) {
        rows.add(List.of(String.valueOf(rows.size() + 1), name, gender, birth, village, post, since, "村两委"));
        return this;
    }

    /** An entry in the village's 后备力量 roster. */
    public CadreRosterFile reserve(String name, String gender, String birth, String village, String since) {
        rows.add(List.of(String.valueOf(rows.size() + 1), name, gender, birth, village, "", since, "后备力量"));
        return this;
    }

    public Path write(Path file) throws Exception {
        return PlainWorkbook.write(file, "干部花名册", HEADER, rows);
    }
}
