package cn.gridledger.ui.household;

import cn.gridledger.ui.common.Fonts;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * A column whose values (户编号, 身份证号, phones) are drawn in the monospaced font so the digits line
 * up. The style goes on the cells, not the column: a column's style reaches its heading too, and a
 * monospaced font without Chinese draws the heading as boxes.
 */
final class MonoColumn {

    private MonoColumn() {
    }

    static <S> void apply(TableColumn<S, String> column) {
        String style = "-fx-font-family: \"" + Fonts.monoFamily() + "\";";
        column.setCellFactory(c -> {
            TableCell<S, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setStyle(style);
            return cell;
        });
    }
}
