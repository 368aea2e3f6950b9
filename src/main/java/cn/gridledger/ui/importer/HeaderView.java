package cn.gridledger.ui.importer;

import cn.gridledger.logic.importer.header.ColumnMapping;
import cn.gridledger.logic.importer.header.DetectedHeader;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.read.MergedRegion;
import cn.gridledger.logic.importer.read.TopArea;
import cn.gridledger.logic.service.ImportService.SheetPreview;
import cn.gridledger.ui.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.apache.poi.ss.util.CellReference;

/** Step 3's two halves: the sheet's top rows as the user knows them, and the 原表列 → 系统字段 editor. */
final class HeaderView {

    /** Rows of the sheet shown above the mapping. */
    static final int SHOWN_ROWS = 20;
    private static final int MAX_COLUMNS = 40;

    private HeaderView() {
    }

    /** The top rows drawn as a grid: merged blocks span their cells, the detected header rows highlighted. */
    static GridPane topRows(SheetPreview sheet) {
        TopArea top = sheet.top();
        DetectedHeader header = sheet.header();
        int rows = Math.min(SHOWN_ROWS, top.rows().size());
        int columns = Math.min(MAX_COLUMNS, top.width());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("sheet-grid");
        grid.add(cornerCell(""), 0, 0);
        for (int c = 0; c < columns; c++) {
            grid.add(cornerCell(CellReference.convertNumToColString(c)), c + 1, 0);
        }
        for (int r = 0; r < rows; r++) {
            grid.add(cornerCell(Integer.toString(r + 1)), 0, r + 1);
            boolean headerRow = header != null && r >= header.firstRow() && r <= header.lastRow();
            for (int c = 0; c < columns; c++) {
                MergedRegion m = top.mergeAt(r, c).orElse(null);
                if (m != null && (m.firstRow() != r || m.firstColumn() != c)) {
                    continue; // covered by the block's first cell
                }
                Label cell = cell(top.cell(r, c).text(), headerRow);
                grid.add(cell, c + 1, r + 1);
                if (m != null) {
                    GridPane.setColumnSpan(cell, Math.min(m.lastColumn(), columns - 1) - c + 1);
                    GridPane.setRowSpan(cell, Math.min(m.lastRow(), rows - 1) - r + 1);
                    // a title merged across the whole width would be centred out of view: keep it at the left
                    cell.setAlignment(m.width() > 4 ? Pos.CENTER_LEFT : Pos.CENTER);
                }
            }
        }
        return grid;
    }

    private static Label cornerCell(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("sheet-corner");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    private static Label cell(String text, boolean header) {
        Label l = new Label(text.replace('\n', ' '));
        l.getStyleClass().add(header ? "sheet-header-cell" : "sheet-cell");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setMinWidth(36);
        l.setPrefWidth(Math.min(150, 24 + 14 * text.length()));
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        if (!text.isBlank()) {
            l.setTooltip(new Tooltip(text));
        }
        GridPane.setHgrow(l, Priority.NEVER);
        return l;
    }

    /**
     * The mapping: each column's letter and label, an arrow and a drop-down of fields (or 不导入), laid out
     * in as many columns as the page is wide.
     */
    static FlowPane mapping(ImportWizardModel model, int sheetIndex, Runnable changed) {
        FlowPane pairs = new FlowPane(16, 4);
        pairs.getStyleClass().add("mapping-grid");
        for (ColumnMapping.Column col : model.mapping(sheetIndex).columns()) {
            Label letter = new Label(CellReference.convertNumToColString(col.index()));
            letter.getStyleClass().add("muted");
            letter.setMinWidth(28);
            String text = col.sourceLabel().isBlank() ? I18n.t("import.noLabel") : col.sourceLabel();
            Label source = new Label(text);
            source.setPrefWidth(190);
            source.setMinWidth(190);
            source.setTextOverrun(OverrunStyle.ELLIPSIS);
            source.setTooltip(new Tooltip(text));
            ComboBox<Choice> box = fieldBox(model, col);
            box.setId("map-" + col.index());
            box.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    model.map(sheetIndex, col.index(), now.field());
                    changed.run();
                }
            });
            HBox pair = new HBox(6, letter, source, new Label("→"), box);
            pair.setAlignment(Pos.CENTER_LEFT);
            pair.setPrefWidth(470);
            pair.setMinWidth(470);
            pairs.getChildren().add(pair);
        }
        return pairs;
    }

    /** One entry of a column's drop-down; a null field is 不导入 (a ComboBox copes badly with null items). */
    record Choice(RosterField field) {
        @Override
        public String toString() {
            return field == null ? ColumnMapping.NOT_IMPORTED : field.displayName();
        }
    }

    private static ComboBox<Choice> fieldBox(ImportWizardModel model, ColumnMapping.Column col) {
        ComboBox<Choice> box = new ComboBox<>();
        box.getItems().add(new Choice(null));
        model.fields().forEach(f -> box.getItems().add(new Choice(f)));
        if (!box.getItems().contains(new Choice(col.field()))) {
            box.getItems().add(new Choice(col.field()));
        }
        box.setValue(new Choice(col.field()));
        box.setPrefWidth(220);
        box.setVisibleRowCount(12);
        box.setCellFactory(v -> new FieldCell());
        box.setButtonCell(new FieldCell());
        if (col.field() == null) {
            box.getStyleClass().add("not-imported");
        }
        return box;
    }

    /** 不导入 or the field's Chinese name. */
    private static final class FieldCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? "" : c.toString());
        }
    }

    static Node legend(SheetPreview sheet) {
        DetectedHeader h = sheet.header();
        String rows = h.firstExcelRow() == h.lastExcelRow() ? Integer.toString(h.firstExcelRow())
                : h.firstExcelRow() + "–" + h.lastExcelRow();
        Label l = new Label(I18n.t("import.headerFound", rows, h.kind().displayName()));
        l.getStyleClass().add("header-legend");
        return l;
    }
}
