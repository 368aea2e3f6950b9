package cn.gridledger.ui.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import atlantafx.base.theme.Styles;
import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.report.ReportSettings;
import cn.gridledger.logic.report.ReportSettings.EducationGroup;
import cn.gridledger.logic.report.ReportSettings.Problem;
import cn.gridledger.logic.report.ReportSettings.ReserveCriteria;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.ReportSettingsService;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 报表口径: the county's age buckets, education groups and 后备力量 criteria (see reports.md), checked
 * as they are typed (the reason in red under the section), saved for the next export, or back to the
 * defaults. Only administrators may change them; other roles see them read-only.
 */
final class ReportSettingsPane {

    /** Between keywords: 、，；(U+3001, U+FF0C, U+FF1B), their half-width forms or spaces; a pattern, not text. */
    private static final String KEYWORD_SEPARATORS = "[\u3001\uFF0C,;\uFF1B\\s]+";

    private final ReportSettingsService service;
    private final boolean editable;
    private final List<TextField> ageFields = new ArrayList<>();
    private final FlowPane ageRow = new FlowPane(8, 8);
    private final Label agePreview = new Label();
    private final Label ageError = error("ageError");
    private final List<TextField[]> groupFields = new ArrayList<>();
    private final GridPane groupGrid = new GridPane();
    private final Label educationError = error("educationError");
    private final TextField minCount = number("reserveMinCount");
    private final TextField minEducated = number("reserveMinEducated");
    private final ComboBox<String> educatedFrom = new ComboBox<>();
    private final TextField ageFrom = number("reserveAgeFrom");
    private final TextField ageTo = number("reserveAgeTo");
    private final TextField minAgeBand = number("reserveMinAgeBand");
    private final Label reserveError = error("reserveError");
    private final Label status = new Label();
    private final Button save = new Button(I18n.t("rs.save"));
    private final Button defaults = new Button(I18n.t("rs.defaults"));
    private final Button addAge = new Button(I18n.t("rs.addBoundary"));
    private final BorderPane view;
    private boolean loading;

    ReportSettingsPane(AppServices services) {
        this.service = services.reportSettings();
        this.editable = service.canEditDefinitions();
        Label intro = new Label(I18n.t(editable ? "rs.intro" : "rs.readOnly"));
        intro.setWrapText(true);
        intro.setId("reportSettingsIntro");

        addAge.setId("addBoundary");
        addAge.setOnAction(e -> {
            addAgeField(ageFields.isEmpty() ? "35" : "");
            changed();
        });
        agePreview.setWrapText(true);
        agePreview.setId("agePreview");
        ageRow.setAlignment(Pos.CENTER_LEFT);
        VBox ages = section(I18n.t("rs.ages"), I18n.t("rs.agesHint"), ageRow, null, agePreview, ageError);

        groupGrid.setHgap(8);
        groupGrid.setVgap(6);
        Button addGroup = new Button(I18n.t("rs.addGroup"));
        addGroup.setId("addGroup");
        addGroup.setOnAction(e -> {
            addGroupRow("", "");
            changed();
        });
        VBox education = section(I18n.t("rs.education"), I18n.t("rs.educationHint"), groupGrid,
                editable ? addGroup : null, educationError);

        educatedFrom.setId("reserveEducatedFrom");
        educatedFrom.valueProperty().addListener((o, a, b) -> changed());
        FlowPane reserveLine = new FlowPane(6, 8, text("rs.r.count"), minCount, text("rs.r.people"),
                text("rs.r.educated"), educatedFrom, text("rs.r.orAbove"), minEducated, text("rs.r.people"),
                text("rs.r.age"), ageFrom, text("rs.r.to"), ageTo, text("rs.r.ageAtLeast"), minAgeBand,
                text("rs.r.peopleEnd"));
        reserveLine.setAlignment(Pos.CENTER_LEFT);
        VBox reserve = section(I18n.t("rs.reserve"), I18n.t("rs.reserveHint"), reserveLine, null, reserveError);

        save.setId("reportSettingsSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        defaults.setId("reportSettingsDefaults");
        defaults.setOnAction(e -> restoreDefaults());
        status.setId("reportSettingsStatus");
        status.setWrapText(true);
        HBox buttons = new HBox(10, save, defaults, status);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10, 16, 0, 4));
        buttons.setVisible(editable);
        buttons.setManaged(editable);
        save.setVisible(editable);
        save.setManaged(editable);
        defaults.setVisible(editable);
        defaults.setManaged(editable);

        VBox box = new VBox(16, intro, ages, education, reserve);
        box.setPadding(new Insets(12, 16, 16, 4));
        for (TextField f : List.of(minCount, minEducated, ageFrom, ageTo, minAgeBand)) {
            f.textProperty().addListener((o, a, b) -> changed());
            f.setEditable(editable);
        }
        educatedFrom.setDisable(!editable);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        // 保存 stays in sight below the scrolling sections
        view = new BorderPane(scroll);
        view.setBottom(buttons);
        view.setId("reportSettingsPane");
        load(service.definitions());
    }

    Node view() {
        return view;
    }

    void refresh() {
        load(service.definitions());
        status.setText("");
    }

    private void load(ReportSettings s) {
        loading = true;
        try {
            ageFields.clear();
            ageRow.getChildren().clear();
            if (editable) {
                ageRow.getChildren().add(addAge);
            }
            s.ageUpperBounds().forEach(b -> addAgeField(String.valueOf(b)));
            groupFields.clear();
            groupGrid.getChildren().clear();
            groupGrid.addRow(0, text("rs.groupName"), text("rs.groupKeywords"));
            s.educationGroups().forEach(g -> addGroupRow(g.label(), String.join(I18n.t("ui.sep.list"), g.keywords())));
            ReserveCriteria r = s.reserve();
            minCount.setText(String.valueOf(r.minCount()));
            minEducated.setText(String.valueOf(r.minEducated()));
            ageFrom.setText(String.valueOf(r.ageFrom()));
            ageTo.setText(String.valueOf(r.ageTo()));
            minAgeBand.setText(String.valueOf(r.minAgeBand()));
            educatedFrom.getItems().setAll(groupLabels());
            educatedFrom.setValue(r.educatedFrom());
        } finally {
            loading = false;
        }
        changed();
    }

    private void addAgeField(String value) {
        TextField f = number("ageBoundary" + ageFields.size());
        f.setText(value);
        f.setEditable(editable);
        f.textProperty().addListener((o, a, b) -> changed());
        ageFields.add(f);
        HBox one = new HBox(4, f, new Label(I18n.t("rs.years")));
        one.setAlignment(Pos.CENTER_LEFT);
        if (editable) {
            Button remove = new Button("×");
            remove.setId("removeBoundary" + (ageFields.size() - 1));
            remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            remove.setOnAction(e -> {
                ageFields.remove(f);
                ageRow.getChildren().remove(one);
                changed();
            });
            one.getChildren().add(remove);
        }
        ageRow.getChildren().add(ageFields.size() - 1, one);
    }

    private void addGroupRow(String label, String keywords) {
        TextField name = new TextField(label);
        name.setPrefColumnCount(7);
        name.setId("groupName" + groupFields.size());
        TextField words = new TextField(keywords);
        words.setId("groupKeywords" + groupFields.size());
        GridPane.setHgrow(words, Priority.ALWAYS);
        TextField[] row = {name, words};
        for (TextField f : row) {
            f.setEditable(editable);
            f.textProperty().addListener((o, a, b) -> changed());
        }
        int index = groupFields.size() + 1;
        groupFields.add(row);
        if (editable) {
            Button remove = new Button("×");
            remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            remove.setOnAction(e -> {
                groupFields.remove(row);
                groupGrid.getChildren().removeAll(name, words, remove);
                changed();
            });
            groupGrid.addRow(index, name, words, remove);
        } else {
            groupGrid.addRow(index, name, words);
        }
    }

    /** Re-checks everything typed; shows each problem under its section and marks its field. */
    private void changed() {
        if (loading) {
            return;
        }
        status.setText("");
        List<TextField> all = new ArrayList<>(ageFields);
        groupFields.forEach(r -> all.addAll(Arrays.asList(r)));
        all.addAll(List.of(minCount, minEducated, ageFrom, ageTo, minAgeBand));
        all.forEach(f -> f.pseudoClassStateChanged(Styles.STATE_DANGER, false));
        List<String> labels = groupLabels();
        if (!labels.equals(educatedFrom.getItems())) {
            String keep = educatedFrom.getValue();
            loading = true;
            educatedFrom.getItems().setAll(labels);
            educatedFrom.setValue(keep);
            loading = false;
        }
        List<Problem> problems = new ArrayList<>();
        ReportSettings s = read(problems);
        if (s != null) {
            problems.addAll(s.problems());
        }
        show(problems, "age", ageError);
        show(problems, "education", educationError);
        show(problems, "reserve", reserveError);
        for (Problem p : problems) {
            TextField f = fieldOf(p.field());
            if (f != null) {
                f.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            }
        }
        agePreview.setText(s != null && problems.stream().noneMatch(p -> p.field().startsWith("age"))
                ? I18n.t("rs.agePreview", String.join(I18n.t("ui.sep.list"), s.ageLabels())) : "");
        agePreview.setManaged(!agePreview.getText().isEmpty());
        agePreview.setVisible(!agePreview.getText().isEmpty());
        save.setDisable(!problems.isEmpty());
    }

    private static void show(List<Problem> problems, String section, Label label) {
        List<String> messages = problems.stream().filter(p -> p.field().startsWith(section)).map(Problem::message)
                .distinct().toList();
        label.setText(String.join("\n", messages));
        label.setVisible(!messages.isEmpty());
        label.setManaged(!messages.isEmpty());
    }

    private TextField fieldOf(String field) {
        String[] p = field.split("\\.");
        try {
            switch (p[0]) {
                case "age":
                    return p.length > 1 ? ageFields.get(Integer.parseInt(p[1])) : null;
                case "education":
                    return p.length > 2 ? groupFields.get(Integer.parseInt(p[1]))[p[2].equals("label") ? 0 : 1] : null;
                default:
                    return switch (field) {
                        case "reserve.minCount" -> minCount;
                        case "reserve.minEducated" -> minEducated;
                        case "reserve.age" -> ageTo;
                        case "reserve.minAgeBand" -> minAgeBand;
                        default -> null;
                    };
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    /** The definitions as typed, or null (with the reasons added) when a number is not a number. */
    private ReportSettings read(List<Problem> problems) {
        List<Integer> bounds = new ArrayList<>();
        for (int i = 0; i < ageFields.size(); i++) {
            bounds.add(integer(ageFields.get(i), "age." + i, I18n.t("rs.err.boundary", i + 1), problems));
        }
        List<EducationGroup> groups = new ArrayList<>();
        for (TextField[] row : groupFields) {
            groups.add(new EducationGroup(row[0].getText().trim(), Arrays.stream(row[1].getText().split(KEYWORD_SEPARATORS))
                    .map(String::trim).filter(k -> !k.isEmpty()).toList()));
        }
        Integer count = integer(minCount, "reserve.minCount", I18n.t("rs.err.count"), problems);
        Integer educated = integer(minEducated, "reserve.minEducated", I18n.t("rs.err.educated"), problems);
        Integer from = integer(ageFrom, "reserve.age", I18n.t("rs.err.ageFrom"), problems);
        Integer to = integer(ageTo, "reserve.age", I18n.t("rs.err.ageTo"), problems);
        Integer band = integer(minAgeBand, "reserve.minAgeBand", I18n.t("rs.err.band"), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        String edu = educatedFrom.getValue() == null ? "" : educatedFrom.getValue();
        return new ReportSettings(bounds, groups, new ReserveCriteria(count, educated, edu, from, to, band));
    }

    private static Integer integer(TextField f, String field, String what, List<Problem> problems) {
        String t = f.getText() == null ? "" : f.getText().trim();
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, I18n.t("rs.err.notNumber", what)));
            f.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            return null;
        }
    }

    private List<String> groupLabels() {
        return groupFields.stream().map(r -> r[0].getText().trim()).filter(l -> !l.isEmpty()).distinct().toList();
    }

    private void save() {
        List<Problem> problems = new ArrayList<>();
        ReportSettings s = read(problems);
        if (s == null) {
            changed();
            return;
        }
        try {
            service.saveDefinitions(s);
            status.getStyleClass().remove("field-error");
            status.setText(I18n.t("rs.saved"));
        } catch (UserFacingException e) {
            status.getStyleClass().add("field-error");
            status.setText(e.getMessage());
        } catch (RuntimeException e) {
            Dialogs.failure(e);
        }
    }

    private void restoreDefaults() {
        if (!Dialogs.confirm(I18n.t("rs.defaults"), I18n.t("rs.defaultsConfirm"))) {
            return;
        }
        try {
            service.restoreDefaultDefinitions();
            load(service.definitions());
            status.getStyleClass().remove("field-error");
            status.setText(I18n.t("rs.defaultsDone"));
        } catch (RuntimeException e) {
            Dialogs.failure(e);
        }
    }

    private static VBox section(String title, String hint, Node content, Node button, Node... after) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TITLE_4);
        Label h = new Label(hint);
        h.setWrapText(true);
        h.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, t, h, content);
        if (button != null) {
            box.getChildren().add(button);
        }
        box.getChildren().addAll(after);
        return box;
    }

    private static Label text(String key) {
        return new Label(I18n.t(key));
    }

    private static TextField number(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(3);
        return f;
    }

    private static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }
}
