package cn.gridledger.logic.importer.layouts;

/**
 * A person the importer must have stored after a committing import.
 *
 * @param excelRow     the row that holds the person, as Excel numbers it
 * @param idNumber     18 characters, canonical (upper-case X)
 * @param village      village name as the township knows it, or null
 * @param category     CadreCategory label (cadres), null for households
 * @param post         PostType label (cadres), null when the roster gives no post
 * @param dispatchUnit 派出单位 for dispatched cadres, else null
 * @param householdNo  户编号 (households), null when the ledger has none
 * @param relation     Relationship label (households)
 */
record ExpectedPerson(int excelRow, String name, String idNumber, String village, String category, String post,
                      String dispatchUnit, String householdNo, String relation) {

    static ExpectedPerson cadre(int row, Folk p, String village, String category, String post) {
        return new ExpectedPerson(row, p.name(), p.id(), village, category, post, null, null, null);
    }

    static ExpectedPerson dispatched(int row, Folk p, String village, String post, String unit) {
        return new ExpectedPerson(row, p.name(), p.id(), village, "驻村干部", post, unit, null, null);
    }

    static ExpectedPerson member(int row, Folk p, String village, String householdNo, String relation) {
        return new ExpectedPerson(row, p.name(), p.id(), village, null, null, null, householdNo, relation);
    }
}
