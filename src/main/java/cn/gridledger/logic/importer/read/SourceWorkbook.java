package cn.gridledger.logic.importer.read;

import java.util.List;

/** An opened workbook. Close it to release the file. All methods throw only ImportRefusedException. */
public interface SourceWorkbook extends AutoCloseable {

    FileFormat format();

    /** True when the workbook counts dates from 1904 (old Mac Excel); day numbers shift by 1462. */
    boolean date1904();

    List<SheetInfo> sheets();

    /** The first {@link TopArea#ROWS} rows of a sheet plus its merged regions. */
    TopArea topArea(int sheetIndex);

    /** Every merged region of a sheet (the top area's and those further down), in file order. */
    List<MergedRegion> merges(int sheetIndex);

    /** A fresh stream over all rows of a sheet; close it when done. */
    RowStream rows(int sheetIndex);

    @Override
    void close();
}
