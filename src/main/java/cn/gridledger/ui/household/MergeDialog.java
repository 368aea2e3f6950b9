package cn.gridledger.ui.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.search.HouseholdFilter;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdChangeService.Merge;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.HouseholdRow;
import cn.gridledger.model.Member;
import cn.gridledger.model.code.Relationship;
import cn.gridledger.ui.I18n;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 合户: this household's members join another household (found by 户主姓名 or 户编号) on the day, each with
 * their 与户主关系 there; this household then ends. Its monitoring, points and awards stay with it as history.
 */
final class MergeDialog extends DatedChangeDialog {

    private static final int SHOWN = 30;

    private final AppServices services;
    private final HouseholdDetail household;
    private final TextField find = new TextField();
    private final ListView<HouseholdRow> found = new ListView<>();
    private final List<ComboBox<String>> relations = new ArrayList<>();

    MergeDialog(AppServices services, HouseholdDetail household, String head, Window owner) {
        super("merge", I18n.t("hh.merge.title"), I18n.t("hh.merge.header", head), owner);
        this.services = services;
        this.household = household;
        find.setId("merge-find");
        find.setPromptText(I18n.t("hh.merge.findPrompt"));
        find.textProperty().addListener((o, was, now) -> search(now));
        found.setId("merge-found");
        found.setPrefHeight(150);
        found.setPlaceholder(new Label(I18n.t("hh.merge.none")));
        found.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(HouseholdRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : I18n.t("hh.merge.row", r.headName(),
                        r.hhNumber() == null ? "" : r.hhNumber(), r.gridName(), r.memberCount()));
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        grid.addRow(0, bold(I18n.t("hh.split.col.name")), bold(I18n.t("hh.split.col.now")),
                bold(I18n.t("hh.merge.col.after")));
        List<Member> members = household.members();
        for (int i = 0; i < members.size(); i++) {
            ComboBox<String> relation = new ComboBox<>();
            relation.setId("merge-relation-" + i);
            for (Relationship r : Relationship.values()) {
                relation.getItems().add(r.label());
            }
            // nobody brings their 户主 into another household: 其他 until the user says what they are there
            relation.setValue(Relationship.其他.label());
            relations.add(relation);
            grid.addRow(i + 1, new Label(members.get(i).person().name()), new Label(members.get(i).relation()), relation);
        }
        search("");
        layout(new VBox(8, new Label(I18n.t("hh.merge.into")), find, found, grid), I18n.t("hh.merge.date"),
                I18n.t("hh.merge.hint"));
    }

    private void search(String query) {
        String self = household.household().id();
        found.getItems().setAll(services.search().search(query == null ? "" : query.trim(), HouseholdFilter.all())
                .stream().filter(r -> !r.id().equals(self)).limit(SHOWN).toList());
    }

    @Override
    void apply(LocalDate day, String note, String lateEditReason) {
        HouseholdRow into = found.getSelectionModel().getSelectedItem();
        if (into == null) {
            throw new cn.gridledger.logic.UserFacingException(I18n.t("hh.merge.choose"));
        }
        Map<Long, String> byMember = new HashMap<>();
        for (int i = 0; i < relations.size(); i++) {
            byMember.put(household.members().get(i).id(), relations.get(i).getValue());
        }
        services.householdChanges().merge(new Merge(household.household().id(), into.id(), byMember, day, note), lateEditReason);
    }

    TextField find() {
        return find;
    }

    ListView<HouseholdRow> found() {
        return found;
    }

    ComboBox<String> relation(int index) {
        return relations.get(index);
    }
}
