package cn.gridledger.ui.cadre;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import cn.gridledger.logic.service.CadreService;
import cn.gridledger.logic.service.CadreService.PostInput;
import cn.gridledger.logic.service.CadreService.VillageRef;
import cn.gridledger.model.Grid;
import cn.gridledger.model.code.CadreCategory;
import cn.gridledger.model.code.DispatchLevel;
import cn.gridledger.model.code.PostType;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Shown;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A new post: type (the category follows it), village and grid, dispatching unit and level for 第一书记
 * and 驻村工作队, start month, 一肩挑, 交叉任职, source. Checked by the service when the person is saved.
 */
final class PostDialog {

    private final Dialog<PostInput> dialog = new Dialog<>();
    private final ComboBox<PostType> type = new ComboBox<>();
    private final ComboBox<CadreCategory> category = new ComboBox<>();
    private final ComboBox<VillageRef> village = new ComboBox<>();
    private final ComboBox<Grid> grid = new ComboBox<>();
    private final TextField unit = new TextField();
    private final ComboBox<DispatchLevel> level = new ComboBox<>();
    private final TextField start = new TextField(YearMonth.now().format(DateTimeFormatter.ofPattern("yyyy.MM")));
    private final CheckBox oneShoulder = new CheckBox(I18n.t("cadre.col.oneShoulder"));
    private final CheckBox crossPost = new CheckBox(I18n.t("cadre.col.crossPost"));
    private final ComboBox<String> source = new ComboBox<>();

    PostDialog(List<VillageRef> villages, List<Grid> grids, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("cadre.addPost"));
        dialog.setHeaderText(null);
        ButtonType ok = new ButtonType(I18n.t("cadre.addPostOk"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, CadreEditor.CANCEL);
        dialog.getDialogPane().setId("postDialog");
        type.setId("postType");
        type.getItems().setAll(PostType.all());
        category.getItems().setAll(CadreCategory.all());
        village.getItems().setAll(villages);
        village.setId("postVillage");
        village.setConverter(Shown.as(VillageRef::name));
        grid.setConverter(Shown.<Grid>as(g -> g.name() + "  " + g.code()));
        level.getItems().setAll(DispatchLevel.all());
        level.setConverter(Shown.as(DispatchLevel::label));
        source.getItems().setAll(CadreService.SOURCES);
        source.setEditable(true);
        start.setId("postStart");
        type.valueProperty().addListener((o, a, t) -> {
            if (t != null) {
                category.setValue(CadreService.defaultCategory(t));
                oneShoulder.setSelected(t == PostType.一肩挑);
                boolean dispatched = t == PostType.第一书记 || t == PostType.驻村工作队长 || t == PostType.驻村工作队员
                        || t == PostType.包村干部;
                unit.setDisable(!dispatched);
                level.setDisable(!dispatched);
                grid.setDisable(t != PostType.网格长 && t != PostType.网格员);
            }
        });
        village.valueProperty().addListener((o, a, v) -> {
            grid.getItems().setAll(v == null ? List.of() : grids.stream().filter(g -> g.villageId() == v.id()).toList());
            grid.setValue(null);
        });
        unit.setDisable(true);
        level.setDisable(true);
        grid.setDisable(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        int r = 0;
        form.addRow(r++, new Label(I18n.t("cadre.col.post")), type);
        form.addRow(r++, new Label(I18n.t("cadre.col.category")), category);
        form.addRow(r++, new Label(I18n.t("cadre.village")), village);
        form.addRow(r++, new Label(I18n.t("cadre.grid")), grid);
        form.addRow(r++, new Label(I18n.t("cadre.dispatchUnit")), unit);
        form.addRow(r++, new Label(I18n.t("cadre.dispatchLevel")), level);
        form.addRow(r++, new Label(I18n.t("cadre.col.since")), start);
        form.addRow(r++, new Label(""), oneShoulder);
        form.addRow(r++, new Label(""), crossPost);
        form.addRow(r, new Label(I18n.t("cadre.source")), source);
        for (var node : form.getChildren()) {
            if (node instanceof javafx.scene.control.Control c && !(node instanceof Label)) {
                double em = cn.gridledger.ui.common.UiLook.size().pixels();
                c.setPrefWidth(18.5 * em); // 260px at 标准
                // a drop-down would not shrink below that: a window shorter than the form (which then
                // scrolls, its bar taking room) would have to scroll sideways too
                c.setMinWidth(10 * em);
            }
        }
        dialog.getDialogPane().setContent(form);
        cn.gridledger.ui.common.DialogFit.fit(dialog, 0);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(type.valueProperty().isNull());
        dialog.setResultConverter(b -> b == ok ? input() : null);
        Platform.runLater(type::requestFocus);
    }

    Optional<PostInput> showAndWait() {
        return dialog.showAndWait();
    }

    private PostInput input() {
        PostType t = type.getValue();
        VillageRef v = village.getValue();
        Grid g = grid.isDisabled() ? null : grid.getValue();
        return new PostInput(t.label(), category.getValue() == null ? null : category.getValue().label(),
                v == null ? null : v.id(), g == null ? null : g.id(), unit.isDisabled() ? null : unit.getText(),
                level.isDisabled() || level.getValue() == null ? null : level.getValue().name(), null,
                start.getText(), null, oneShoulder.isSelected(), crossPost.isSelected(), source.getValue());
    }
}
