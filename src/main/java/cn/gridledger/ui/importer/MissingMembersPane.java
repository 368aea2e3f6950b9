package cn.gridledger.ui.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.importer.MissingMember;
import cn.gridledger.model.code.DepartureReason;
import cn.gridledger.ui.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * 可能迁出/死亡 in the preview: current members a re-imported ledger no longer lists, each kept in their
 * household unless the user picks 迁出, 死亡 or 其他, with one day and note for those who leave. Choices go
 * straight into the wizard's model; {@code onChange} lets the page re-check 下一步.
 */
final class MissingMembersPane {

    private static final DepartureReason KEEP = null;
    private static final List<DepartureReason> CHOICES = new ArrayList<>();

    static {
        CHOICES.add(KEEP);
        CHOICES.add(DepartureReason.迁出);
        CHOICES.add(DepartureReason.死亡);
        CHOICES.add(DepartureReason.其他);
    }

    private MissingMembersPane() {
    }

    static Node build(ImportWizardModel model, Runnable onChange) {
        List<MissingMember> missing = model.missingMembers();
        Label title = new Label(I18n.t("import.missing.title", missing.size()));
        title.setId("import-missing-title");
        title.getStyleClass().addAll("import-warning", "section-title");
        title.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setId("import-missing-list");
        grid.setHgap(14);
        grid.setVgap(4);
        String[] heads = {"import.missing.col.choice", "import.missing.col.name", "import.missing.col.relation",
            "import.missing.col.household", "import.missing.col.where"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(I18n.t(heads[i]));
            h.getStyleClass().add("section-title");
            grid.add(h, i, 0);
        }
        List<ComboBox<DepartureReason>> boxes = new ArrayList<>();
        int row = 1;
        for (MissingMember m : missing) {
            ComboBox<DepartureReason> choice = reasonBox();
            choice.setId("import-missing-" + m.memberId());
            choice.setValue(model.departureOf(m.memberId()).orElse(KEEP));
            choice.valueProperty().addListener((o, was, now) -> {
                model.chooseDeparture(m.memberId(), now);
                onChange.run();
            });
            boxes.add(choice);
            grid.addRow(row++, choice, new Label(m.name()), new Label(nz(m.relation())),
                    new Label(I18n.t("import.missing.household", m.headName(), nz(m.hhNumber()))),
                    new Label(I18n.t("import.missing.where", m.sheet(), m.excelRow())));
        }
        ScrollPane list = new ScrollPane(grid);
        list.setFitToWidth(true);
        list.setPrefViewportHeight(Math.min(6, missing.size() + 1) * 30.0);
        list.getStyleClass().add("edge-to-edge");

        ComboBox<DepartureReason> all = reasonBox();
        all.setId("import-missing-all");
        all.setPromptText(I18n.t("import.missing.allPrompt"));
        all.setOnAction(e -> {
            if (all.getSelectionModel().getSelectedIndex() >= 0) {
                boxes.forEach(b -> b.setValue(all.getValue()));
            }
        });
        TextField day = new TextField(model.departureDay() == null ? "" : model.departureDay().toString());
        day.setId("import-missing-date");
        day.setPromptText(I18n.t("visits.datePrompt"));
        day.setPrefColumnCount(9);
        TextField note = new TextField();
        note.setId("import-missing-note");
        note.setPromptText(I18n.t("hh.departure.notePrompt"));
        note.setPrefColumnCount(20);
        Runnable dated = () -> {
            model.departureDay(parse(day.getText()), note.getText());
            onChange.run();
        };
        day.textProperty().addListener((o, was, now) -> dated.run());
        note.textProperty().addListener((o, was, now) -> dated.run());
        HBox bar = new HBox(10, new Label(I18n.t("import.missing.all")), all, new Label(I18n.t("import.missing.date")),
                day, new Label(I18n.t("import.missing.note")), note);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(I18n.t("import.missing.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox box = new VBox(6, title, hint, list, bar);
        box.setId("import-missing");
        box.getStyleClass().add("file-summary");
        return box;
    }

    private static ComboBox<DepartureReason> reasonBox() {
        ComboBox<DepartureReason> box = new ComboBox<>();
        box.getItems().setAll(CHOICES);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(DepartureReason r) {
                return r == null ? I18n.t("import.missing.keep") : r.label();
            }

            @Override
            public DepartureReason fromString(String s) {
                return DepartureReason.match(s).orElse(null);
            }
        });
        return box;
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
