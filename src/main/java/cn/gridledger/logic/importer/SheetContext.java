package cn.gridledger.logic.importer;

import cn.gridledger.logic.importer.header.DetectedHeader;
import cn.gridledger.logic.store.ImportWriter.VillageRef;
import cn.gridledger.model.code.CadreCategory;

/**
 * What a sheet says about all its rows, besides their cells: the village the whole table belongs to (from
 * 本表所属村 / {@code --village}, an info row 村：…, or a title naming one village) and the kind of roster its
 * title or sheet name announces (…驻村第一书记和工作队员花名册 → 驻村干部).
 *
 * @param village  null when neither the user nor the sheet names one
 * @param category null when the title does not say
 */
public record SheetContext(String sheet, DetectedHeader header, VillageRef village, CadreCategory category) {

    /** The category a roster's title or sheet name announces, most specific first. */
    public static CadreCategory categoryNamedIn(String... texts) {
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            if (t.contains("后备")) {
                return CadreCategory.后备力量;
            }
            if (t.contains("驻村") || t.contains("第一书记") || t.contains("工作队")) {
                return CadreCategory.驻村干部;
            }
            if (t.contains("网格员") || t.contains("网格长")) {
                return CadreCategory.网格员;
            }
            if (t.contains("两委")) {
                return CadreCategory.村两委;
            }
        }
        return null;
    }
}
