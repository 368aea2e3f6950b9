package cn.gridledger.logic.importer;

/**
 * A current member of a household the file lists member by member (it has a 与户主关系 column) who is not
 * among that household's rows: perhaps moved away or died since the last export. The import keeps them
 * unless the user says otherwise (可能迁出/死亡 in the preview); they are never removed silently.
 *
 * @param birthDate storage form (YYYY-MM or YYYY-MM-DD), null when unknown
 * @param since     when they joined the household (storage form), null when unknown
 * @param sheet     the sheet of the household's rows in the file, {@code excelRow} its first row there
 */
public record MissingMember(long memberId, String householdId, String hhNumber, String headName, String name,
                            String idNumber, String relation, String birthDate, String since, String sheet,
                            int excelRow) {
}
