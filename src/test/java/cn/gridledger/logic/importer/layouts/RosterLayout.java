package cn.gridledger.logic.importer.layouts;

import cn.gridledger.logic.importer.header.RosterKind;
import java.nio.file.Path;

/**
 * One roster or ledger shape as counties, banks, universities and platforms publish it: a generator that
 * writes a fresh file of that shape (invented people, valid check digits) and says what a person reading
 * it sees — the truth the importer must reach.
 */
interface RosterLayout {

    /** Short stable id, used as the test name: {@code L01-两委-县模板}. */
    String id();

    /** One line in Chinese: what is special about this shape. */
    String description();

    /** Which public template shape it follows (title / site); no content copied. */
    String shapeSource();

    /** The kind a user would choose for this file in 导入. */
    RosterKind kind();

    /** Writes the file into {@code dir} and returns its truth. */
    LayoutTruth write(Path dir) throws Exception;
}
