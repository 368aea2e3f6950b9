package cn.gridledger.ui.grid;

import java.util.List;
import java.util.function.BiConsumer;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.GridSummary;
import cn.gridledger.model.Village;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The village → grid tree beside the household list, with household counts, a mark on grids that have
 * no grid worker, and the buttons to add a grid or open a grid's settings (name, number, staff).
 */
public final class GridTree {

    /** A node of the tree: the township, a village or a grid. */
    public record GridNode(Long villageId, Long gridId, String label, boolean warn) {
    }

    private final AppServices services;
    private final TreeView<GridNode> tree = new TreeView<>();
    private final VBox box;
    private final Runnable onGridsChanged;

    /** {@code onSelect} receives (villageId, gridId); both null for the whole township. */
    public GridTree(AppServices services, BiConsumer<Long, Long> onSelect, Runnable onGridsChanged) {
        this.services = services;
        this.onGridsChanged = onGridsChanged;
        tree.setId("grid-tree");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(GridNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setStyle(item != null && item.warn() ? "-fx-text-fill: -color-danger-fg;" : "");
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            GridNode n = now == null ? null : now.getValue();
            onSelect.accept(n == null ? null : n.villageId(), n == null ? null : n.gridId());
        });
        Button add = new Button(I18n.t("grid.add"));
        add.setId("grid-add");
        add.setOnAction(e -> addGrid());
        Button settings = new Button(I18n.t("grid.settings"));
        settings.setId("grid-settings");
        settings.setOnAction(e -> openSettings());
        settings.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        HBox buttons = new HBox(6, add, settings);
        Label legend = new Label(I18n.t("grid.legend"));
        legend.getStyleClass().add("muted");
        legend.setWrapText(true);
        box = new VBox(6, tree, legend, buttons);
        VBox.setVgrow(tree, Priority.ALWAYS);
        // wide enough for "002 黄官庄村第二网格" under a village at any text size (sized in em in the CSS)
        box.getStyleClass().add("grid-tree-pane");
    }

    public Node pane() {
        return box;
    }

    /** Re-reads grids and counts, keeping the selection. */
    public void refresh() {
        GridNode selected = tree.getSelectionModel().getSelectedItem() == null ? null
                : tree.getSelectionModel().getSelectedItem().getValue();
        List<Village> villages = services.grids().villages();
        List<GridSummary> grids = services.grids().summaries();
        long total = grids.stream().mapToLong(GridSummary::households).sum();
        TreeItem<GridNode> root = new TreeItem<>(new GridNode(null, null, I18n.t("grid.township", total), false));
        root.setExpanded(true);
        TreeItem<GridNode> select = root;
        for (Village v : villages) {
            List<GridSummary> own = grids.stream().filter(g -> g.grid().villageId() == v.id()).toList();
            long n = own.stream().mapToLong(GridSummary::households).sum();
            TreeItem<GridNode> vi = new TreeItem<>(new GridNode(v.id(), null, I18n.t("grid.village", v.name(), n), false));
            vi.setExpanded(true);
            for (GridSummary g : own) {
                String code = g.grid().code();
                boolean warn = !g.hasWorkers();
                String label = (warn ? I18n.t("ui.mark.problem") : "")
                        + I18n.t("grid.node", code.substring(code.length() - 3), g.grid().name(), g.households());
                TreeItem<GridNode> gi = new TreeItem<>(new GridNode(v.id(), g.grid().id(), label, warn));
                vi.getChildren().add(gi);
                if (selected != null && g.grid().id() == (selected.gridId() == null ? -1 : selected.gridId())) {
                    select = gi;
                }
            }
            root.getChildren().add(vi);
            if (selected != null && selected.gridId() == null && v.id() == (selected.villageId() == null ? -1 : selected.villageId())) {
                select = vi;
            }
        }
        tree.setRoot(root);
        tree.getSelectionModel().select(select);
    }

    /** Selects the township root (the whole township). */
    public void selectTownship() {
        if (tree.getRoot() != null) {
            tree.getSelectionModel().select(tree.getRoot());
        }
    }

    private Long selectedVillage() {
        TreeItem<GridNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().villageId();
    }

    private void addGrid() {
        Long village = selectedVillage();
        List<Village> villages = services.grids().villages();
        if (villages.isEmpty()) {
            Dialogs.error(I18n.t("grid.add"), I18n.t("grid.noVillages"));
            return;
        }
        new NewGridDialog(services, villages, village).showAndWait(tree.getScene().getWindow()).ifPresent(id -> {
            refresh();
            onGridsChanged.run();
        });
    }

    private void openSettings() {
        TreeItem<GridNode> item = tree.getSelectionModel().getSelectedItem();
        if (item == null || item.getValue().gridId() == null) {
            Dialogs.info(I18n.t("grid.settings"), I18n.t("grid.pickGrid"));
            return;
        }
        new GridDialog(services, item.getValue().gridId()).showAndWait(tree.getScene().getWindow());
        refresh();
        onGridsChanged.run();
    }

    TreeView<GridNode> tree() {
        return tree;
    }
}
