package cn.gridledger.ui.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdChangeService.Split;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.code.Relationship;
import cn.gridledger.ui.I18n;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 分户: tick the members who form the new household and give each their 与户主关系 there (one 户主); those
 * who stay keep theirs unless the 户主 leaves, when one of them becomes 户主. The new household starts in
 * the same grid with the same address; its 户编号 may be given now or later.
 */
final class SplitDialog extends DatedChangeDialog {

    private final AppServices services;
    private final HouseholdDetail household;
    private final List<CheckBox> moving = new ArrayList<>();
    private final List<ComboBox<String>> relations = new ArrayList<>();
    private final TextField hhNumber = new TextField();
    private String created;

    SplitDialog(AppServices services, HouseholdDetail household, String head, Window owner) {
        super("split", I18n.t("hh.split.title"), I18n.t("hh.split.header", head), owner);
        this.services = services;
        this.household = household;
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        grid.addRow(0, bold(I18n.t("hh.split.col.move")), bold(I18n.t("hh.split.col.name")),
                bold(I18n.t("hh.split.col.now")), bold(I18n.t("hh.split.col.after")));
        List<Member> members = household.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            CheckBox move = new CheckBox(I18n.t("hh.split.move"));
            move.setId("split-move-" + i);
            ComboBox<String> relation = new ComboBox<>();
            relation.setId("split-relation-" + i);
            for (Relationship r : Relationship.values()) {
                relation.getItems().add(r.label());
            }
            relation.setValue(m.relation());
            // the first member ticked heads the new household unless the user says otherwise
            move.selectedProperty().addListener((o, was, now) -> {
                if (now && noHeadAmongMovers()) {
                    relation.setValue(Relationship.户主.label());
                } else if (!now) {
                    relation.setValue(m.relation());
                }
            });
            moving.add(move);
            relations.add(relation);
            grid.addRow(i + 1, move, new Label(m.person().name()), new Label(m.relation()), relation);
        }
        hhNumber.setId("split-hhNumber");
        hhNumber.setPromptText(I18n.t("hh.split.hhNumberPrompt"));
        GridPane number = new GridPane();
        number.setHgap(8);
        number.addRow(0, new Label(I18n.t("hh.split.hhNumber")), hhNumber);
        layout(new VBox(10, grid, number), I18n.t("hh.split.date"), I18n.t("hh.split.hint"));
    }

    private boolean noHeadAmongMovers() {
        for (int i = 0; i < moving.size(); i++) {
            if (moving.get(i).isSelected() && Relationship.户主.label().equals(relations.get(i).getValue())) {
                return false;
            }
        }
        return true;
    }

    @Override
    void apply(LocalDate day, String note, String lateEditReason) {
        Map<Long, String> leaving = new HashMap<>();
        Map<Long, String> staying = new HashMap<>();
        for (int i = 0; i < moving.size(); i++) {
            Member m = household.members().get(i);
            String relation = relations.get(i).getValue();
            if (moving.get(i).isSelected()) {
                leaving.put(m.id(), relation);
            } else if (!m.relation().equals(relation)) {
                staying.put(m.id(), relation);
            }
        }
        created = services.householdChanges().split(new Split(household.household().id(), leaving, staying,
                hhNumber.getText(), day, note), lateEditReason);
    }

    /** The new household, once saved. */
    String created() {
        return created;
    }

    CheckBox move(int index) {
        return moving.get(index);
    }

    ComboBox<String> relation(int index) {
        return relations.get(index);
    }
}
