package cn.gridledger.ui.cadre;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.CadreService.CadreDetail;
import cn.gridledger.logic.service.CadreService.CadreEdit;
import cn.gridledger.logic.service.CadreService.ExistingPersonException;
import cn.gridledger.logic.service.CadreService.InvalidCadreException;
import cn.gridledger.logic.service.CadreService.PersonInput;
import cn.gridledger.logic.service.CadreService.PostEnd;
import cn.gridledger.logic.service.CadreService.PostInput;
import cn.gridledger.logic.service.CadreService.PostView;
import cn.gridledger.logic.service.CadreService.VillageRef;
import cn.gridledger.logic.validate.IdNumber;
import cn.gridledger.logic.validate.IdNumbers;
import cn.gridledger.logic.validate.Parsed;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Person;
import cn.gridledger.model.code.Education;
import cn.gridledger.model.code.Ethnicity;
import cn.gridledger.model.code.PoliticalStatus;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.Fonts;
import cn.gridledger.ui.common.LateEditReasonDialog;
import cn.gridledger.ui.common.UiLook;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Window;

/**
 * The cadre editor: a person's fields and their posts. New posts and endings wait in the dialog and are
 * saved together with the person in one transaction. Tab moves through the fields in reading order,
 * Enter saves, Esc cancels. Read-only accounts see everything disabled.
 */
final class CadreEditor {

    /** What happened: saved, or the user chose to open the existing holder of the ID number instead. */
    record Outcome(boolean saved, Long openInstead) {
    }

    /** A row of the posts table: an existing post (maybe ending) or one waiting to be added. */
    record PostItem(Long postId, String type, String category, String unit, String start, String end,
            boolean oneShoulder, boolean crossPost, boolean pending) {
    }

    /** Chinese button texts regardless of the JVM's locale. */
    static final ButtonType CANCEL = new ButtonType(I18n.t("cadre.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    private final AppServices services;
    private final Long personId;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType saveType = new ButtonType(I18n.t("cadre.save"), ButtonBar.ButtonData.OK_DONE);
    private final List<PostView> existing;
    private final List<PostInput> added = new ArrayList<>();
    private final Map<Long, String> endings = new LinkedHashMap<>();
    /** The service reports problems by a field's label (学位 and 院校及专业 mean the full-time ones). */
    private final Map<String, Control> fieldsByLabel = new LinkedHashMap<>();
    private final List<Control> fields = new ArrayList<>();
    private final List<VillageRef> villages;
    private final boolean editable;
    private final TableView<PostItem> posts = new TableView<>();
    private final Label problems = new Label();
    private boolean saved;
    private Long openInstead;
    private String askedAbout;

    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final ComboBox<String> gender = choice(java.util.Arrays.stream(cn.gridledger.model.Gender.values())
            .map(cn.gridledger.model.Gender::label).toList());
    private final TextField birth = monthField();
    private final ComboBox<String> ethnicity = choice(Ethnicity.all().stream().map(Ethnicity::label).toList());
    private final ComboBox<String> political = choice(PoliticalStatus.all().stream().map(PoliticalStatus::label).toList());
    private final TextField partyJoin = monthField();
    private final TextField workStart = monthField();
    private final TextField nativePlace = new TextField();
    private final TextField phone = new TextField();
    private final TextField title = new TextField();
    private final TextField occupation = new TextField();
    private final ComboBox<String> eduFull = choice(Education.all().stream().map(Education::label).toList());
    private final TextField degreeFull = new TextField();
    private final TextField schoolFull = new TextField();
    private final ComboBox<String> eduIn = choice(Education.all().stream().map(Education::label).toList());
    private final TextField degreeIn = new TextField();
    private final TextField schoolIn = new TextField();

    CadreEditor(AppServices services, Long personId, Window owner) {
        this.services = services;
        this.personId = personId;
        this.villages = services.cadres().villages();
        CadreDetail detail = personId == null ? null : services.cadres().detail(personId);
        this.existing = detail == null ? List.of() : detail.posts();
        this.editable = personId == null ? services.session().canEdit(null) : services.cadres().canEdit(existing);
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t(personId == null ? "cadre.newTitle" : editable ? "cadre.editTitle" : "cadre.viewTitle"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, CANCEL);
        dialog.getDialogPane().setContent(content());
        // four pairs a row at 标准, two at 大/特大, grown with the text size; scrolls where the screen is smaller
        cn.gridledger.ui.common.DialogFit.fit(dialog, widthAtStandard(pairsPerRow()));
        dialog.getDialogPane().setId("cadreEditor");
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("cadreSave");
        save.setDisable(!editable);
        save.addEventFilter(ActionEvent.ACTION, e -> {
            if (!trySave()) {
                e.consume();
            }
        });
        if (detail != null) {
            fill(detail.person());
        }
        refreshPosts();
        Platform.runLater(name::requestFocus);
    }

    Outcome showAndWait() {
        dialog.showAndWait();
        return new Outcome(saved, openInstead);
    }

    /** A label and its field in the grid; {@code span} is how many label/field pairs of a row it takes. */
    private record Cell(String labelKey, Control field, int span) {
    }

    /** The person's fields in reading order (Tab follows it). */
    private List<Cell> cells() {
        return List.of(
                new Cell("cadre.field.name", name, 1), new Cell("cadre.field.idNumber", idNumber, 1),
                new Cell("cadre.field.gender", gender, 1), new Cell("cadre.field.birth", birth, 1),
                new Cell("cadre.field.ethnicity", ethnicity, 1), new Cell("cadre.field.political", political, 1),
                new Cell("cadre.field.partyJoin", partyJoin, 1), new Cell("cadre.field.workStart", workStart, 1),
                new Cell("cadre.field.nativePlace", nativePlace, 1), new Cell("cadre.field.phone", phone, 1),
                new Cell("cadre.field.title", title, 1), new Cell("cadre.field.occupation", occupation, 1),
                new Cell("cadre.field.eduFull", eduFull, 1), new Cell("cadre.field.degree", degreeFull, 1),
                new Cell("cadre.field.school", schoolFull, 2),
                new Cell("cadre.field.eduIn", eduIn, 1), new Cell("cadre.field.degree", degreeIn, 1),
                new Cell("cadre.field.school", schoolIn, 2));
    }

    /**
     * Label/field pairs per row: four at 小 and 标准, two at 大 and 特大, where four rows' worth of
     * labels and fields would be wider than a 1366 screen.
     */
    static int pairsPerRow() {
        return UiLook.size().scale() > 1.1 ? 2 : 4;
    }

    /** The dialog's width at 标准 (DialogFit grows it with the text size). */
    private static double widthAtStandard(int pairs) {
        return pairs >= 4 ? 1100 : 620;
    }

    private Node content() {
        GridPane grid = new GridPane();
        grid.setId("cadreFields");
        double em = UiLook.size().pixels();
        grid.setHgap(0.6 * em);
        grid.setVgap(0.6 * em);
        int pairs = pairsPerRow();
        for (int i = 0; i < pairs; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ColumnConstraints field = new ColumnConstraints();
            field.setHgrow(Priority.ALWAYS);
            field.setPrefWidth(11 * em);
            field.setMinWidth(7 * em);
            grid.getColumnConstraints().addAll(label, field);
        }
        // the digits in the monospaced font, the (Chinese) prompt in the body font: a monospaced font
        // without Chinese would draw the prompt as boxes
        String mono = "-fx-font-family: \"" + Fonts.monoFamily() + "\";";
        idNumber.textProperty().addListener((o, was, now) -> {
            String rest = idNumber.getStyle() == null ? "" : idNumber.getStyle().replace(mono, "");
            idNumber.setStyle((now == null || now.isEmpty() ? "" : mono) + rest);
        });
        // 18 digits in the monospaced font, with the field's padding: the whole number always shows
        idNumber.setMinWidth(textWidth("11010519491231002X", Font.font(Fonts.monoFamily(), em)) + 1.5 * em);
        idNumber.setPromptText(I18n.t("cadre.idPrompt"));
        idNumber.setTooltip(new javafx.scene.control.Tooltip(I18n.t("cadre.idTip")));
        phone.setStyle("-fx-font-family: \"" + Fonts.monoFamily() + "\";");
        name.setId("cadreName");
        idNumber.setId("cadreIdNumber");
        phone.setId("cadrePhone");
        idNumber.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                idNumberEntered();
            }
        });
        int col = 0;
        int row = 0;
        for (Cell cell : cells()) {
            int span = Math.min(cell.span(), pairs);
            if (col + span > pairs) {
                col = 0;
                row++;
            }
            String text = I18n.t(cell.labelKey());
            Label l = new Label(text);
            l.setLabelFor(cell.field());
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            cell.field().setMaxWidth(Double.MAX_VALUE);
            grid.add(l, col * 2, row);
            grid.add(cell.field(), col * 2 + 1, row, span * 2 - 1, 1);
            fieldsByLabel.putIfAbsent(text, cell.field());
            fields.add(cell.field());
            col += span;
            if (col >= pairs) {
                col = 0;
                row++;
            }
        }

        posts.setId("cadrePosts");
        cn.gridledger.ui.common.TableCopy.install(posts);
        cn.gridledger.ui.common.CellTips.install(posts);
        posts.setPrefHeight(13.5 * em);
        posts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        posts.setPlaceholder(new Label(I18n.t("cadre.noPosts")));
        posts.getColumns().setAll(List.of(
                Columns.text(I18n.t("cadre.col.post"), PostItem::type, 150),
                Columns.text(I18n.t("cadre.col.category"), PostItem::category, 80),
                Columns.text(I18n.t("cadre.col.unit"), PostItem::unit, 200),
                Columns.text(I18n.t("cadre.col.since"), PostItem::start, 80),
                Columns.text(I18n.t("cadre.col.until"), PostItem::end, 110),
                Columns.yesNo(I18n.t("cadre.col.oneShoulder"), PostItem::oneShoulder, 60),
                Columns.yesNo(I18n.t("cadre.col.crossPost"), PostItem::crossPost, 70),
                Columns.text(I18n.t("cadre.col.state"), p -> p.pending() ? I18n.t("cadre.pending") : "", 80)));
        Button addPost = new Button(I18n.t("cadre.addPost"));
        addPost.setId("cadreAddPost");
        addPost.setOnAction(e -> new PostDialog(villages, services.township().grids(), dialog.getDialogPane()
                .getScene().getWindow()).showAndWait().ifPresent(p -> {
                    added.add(p);
                    refreshPosts();
                }));
        Button endPost = new Button(I18n.t("cadre.endPost"));
        endPost.setId("cadreEndPost");
        endPost.disableProperty().bind(posts.getSelectionModel().selectedItemProperty().isNull());
        endPost.setOnAction(e -> endSelected());
        addPost.setDisable(!editable);
        if (!editable) {
            endPost.disableProperty().unbind();
            endPost.setDisable(true);
        }
        Label postsTitle = new Label(I18n.t("cadre.postsTitle"));
        postsTitle.setStyle("-fx-font-weight: bold;");
        HBox postActions = new HBox(8, postsTitle, new javafx.scene.layout.Region(), addPost, endPost);
        HBox.setHgrow(postActions.getChildren().get(1), Priority.ALWAYS);
        postActions.setAlignment(Pos.CENTER_LEFT);

        problems.setId("cadreProblems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        if (!editable) {
            grid.setDisable(true);
        }
        VBox box = new VBox(10, grid, postActions, posts, problems);
        box.setPadding(new Insets(4));
        return box;
    }

    private static double textWidth(String text, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static ComboBox<String> choice(List<String> items) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().add("");
        c.getItems().addAll(items);
        c.setVisibleRowCount(12);
        return c;
    }

    private static TextField monthField() {
        TextField t = new TextField();
        t.setPromptText(I18n.t("cadre.field.monthPrompt"));
        return t;
    }

    private void fill(Person p) {
        name.setText(p.name());
        idNumber.setText(p.idNumber());
        gender.setValue(nullToEmpty(p.gender()));
        birth.setText(display(p.birthDate()));
        ethnicity.setValue(p.ethnicity() == null ? "" : Ethnicity.match(p.ethnicity()).map(Ethnicity::label)
                .orElse(p.ethnicity()));
        political.setValue(nullToEmpty(p.politicalStatus()));
        partyJoin.setText(display(p.partyJoinDate()));
        workStart.setText(display(p.workStartDate()));
        nativePlace.setText(p.nativePlace());
        phone.setText(p.phone());
        title.setText(p.title());
        occupation.setText(p.occupation());
        eduFull.setValue(education(p.fullTime().level()));
        degreeFull.setText(p.fullTime().degree());
        schoolFull.setText(p.fullTime().school());
        eduIn.setValue(education(p.inService().level()));
        degreeIn.setText(p.inService().degree());
        schoolIn.setText(p.inService().school());
        askedAbout = p.idNumber();
    }

    private static String education(String stored) {
        return stored == null ? "" : Education.match(stored).map(Education::label).orElse(stored);
    }

    /** The ID number fills 性别 and 出生年月; for a new person an existing holder is offered at once. */
    private void idNumberEntered() {
        if (!editable) {
            return;
        }
        Parsed<IdNumber> parsed = IdNumbers.parse(idNumber.getText());
        clearMark(idNumber);
        if (parsed.hasError()) {
            mark(idNumber, parsed.messages());
            return;
        }
        IdNumber id = parsed.value();
        if (id == null) {
            return;
        }
        idNumber.setText(id.value());
        gender.setValue(id.gender().label());
        Parsed<FuzzyDate> typed = cn.gridledger.logic.validate.Dates.parse(birth.getText());
        if (typed.value() == null || !typed.value().contains(id.birthDate())) {
            // empty or disagreeing with the ID: the ID says it (a known day is never cut back to the month)
            birth.setText(FuzzyDate.of(id.birthDate()).truncatedTo(FuzzyDate.Precision.MONTH).toDisplay());
        }
        if (personId == null && !id.value().equals(askedAbout)) {
            askedAbout = id.value();
            services.cadres().personWithIdNumber(id.value()).ifPresent(existingId ->
                    Platform.runLater(() -> offerExisting(existingId, null)));
        }
    }

    private void offerExisting(long existingId, String holder) {
        String who = holder != null ? holder : services.cadres().detail(existingId).person().name();
        if (confirm(I18n.t("cadre.existingTitle"), I18n.t("cadre.existingBody", who))) {
            openInstead = existingId;
            dialog.setResult(CANCEL);
            dialog.close();
        }
    }

    private boolean confirm(String header, String message) {
        ButtonType open = new ButtonType(I18n.t("cadre.openExisting"), ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, message, open, CANCEL);
        alert.initOwner(dialog.getDialogPane().getScene().getWindow());
        alert.setTitle(I18n.t("app.title"));
        alert.setHeaderText(header);
        return alert.showAndWait().filter(open::equals).isPresent();
    }

    private void endSelected() {
        PostItem item = posts.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (item.postId() == null) {
            // a post not saved yet is simply taken out again
            added.remove(posts.getItems().indexOf(item) - existing.size());
            refreshPosts();
            return;
        }
        if (existing.stream().anyMatch(pv -> pv.post().id() == item.postId() && pv.post().endDate() != null)) {
            Dialogs.info(I18n.t("cadre.endPost"), I18n.t("cadre.alreadyEnded"));
            return;
        }
        TextInputDialog ask = new TextInputDialog(YearMonth.now().format(MONTH));
        ask.getDialogPane().getButtonTypes().setAll(new ButtonType(I18n.t("cadre.endPostOk"),
                ButtonBar.ButtonData.OK_DONE), CANCEL);
        ask.initOwner(dialog.getDialogPane().getScene().getWindow());
        ask.setTitle(I18n.t("cadre.endPost"));
        ask.setHeaderText(I18n.t("cadre.endPostHeader", item.type()));
        ask.setContentText(I18n.t("cadre.endMonth"));
        ask.showAndWait().ifPresent(month -> {
            endings.put(item.postId(), month.strip());
            refreshPosts();
        });
    }

    private void refreshPosts() {
        List<PostItem> items = new ArrayList<>();
        for (PostView pv : existing) {
            var p = pv.post();
            String end = endings.containsKey(p.id()) ? endings.get(p.id()) + I18n.t("cadre.endPending")
                    : display(p.endDate());
            items.add(new PostItem(p.id(), pv.gridName() == null ? p.postType() : I18n.t("ui.paren", p.postType(), pv.gridName()),
                    p.category(), pv.unit(), display(p.startDate()), end, p.oneShoulder(), p.crossPost(),
                    endings.containsKey(p.id())));
        }
        for (PostInput p : added) {
            String village = villages.stream().filter(v -> p.villageId() != null && v.id() == p.villageId())
                    .map(VillageRef::name).findFirst().orElse("");
            String unit = p.dispatchUnit() == null ? village
                    : village.isEmpty() ? p.dispatchUnit() : I18n.t("ui.paren", village, p.dispatchUnit());
            items.add(new PostItem(null, p.postType(), nullToEmpty(p.category()), unit, nullToEmpty(p.startMonth()),
                    nullToEmpty(p.endMonth()), p.oneShoulder(), p.crossPost(), true));
        }
        posts.getItems().setAll(items);
    }

    private boolean trySave() {
        fields.forEach(CadreEditor::clearMark);
        problems.setText("");
        try {
            CadreEdit edit = new CadreEdit(personId, input(), added,
                    endings.entrySet().stream().map(e -> new PostEnd(e.getKey(), e.getValue())).toList());
            // a 任职/离任 month inside a submitted quarter: ask the reason, save once more
            java.util.Optional<Long> id = LateEditReasonDialog.saveAsking(dialog.getDialogPane().getScene().getWindow(),
                    reason -> services.cadres().save(edit, reason));
            if (id.isEmpty()) {
                problems.setText(I18n.t("hh.lateEdit.notSaved"));
                return false;
            }
            saved = true;
            return id.get() > 0;
        } catch (InvalidCadreException e) {
            e.problems().forEach((field, message) -> {
                Control c = fieldsByLabel.get(field);
                if (c != null) {
                    mark(c, message);
                }
            });
            problems.setText(e.getMessage());
            return false;
        } catch (ExistingPersonException e) {
            problems.setText(e.getMessage());
            offerExisting(e.personId(), e.name());
            return false;
        } catch (UserFacingException e) {
            problems.setText(e.getMessage());
            return false;
        } catch (RuntimeException e) {
            Dialogs.failure(e);
            return false;
        }
    }

    private PersonInput input() {
        return new PersonInput(name.getText(), idNumber.getText(), gender.getValue(), birth.getText(),
                ethnicity.getValue(), political.getValue(), partyJoin.getText(), workStart.getText(),
                nativePlace.getText(), phone.getText(), eduFull.getValue(), degreeFull.getText(), schoolFull.getText(),
                eduIn.getValue(), degreeIn.getText(), schoolIn.getText(), title.getText(), occupation.getText());
    }

    private static void mark(Control c, String message) {
        c.setStyle((c.getStyle() == null ? "" : c.getStyle()) + "-fx-border-color: -color-danger-emphasis;");
        c.setTooltip(new Tooltip(message));
    }

    private static void clearMark(Control c) {
        if (c.getStyle() != null) {
            c.setStyle(c.getStyle().replace("-fx-border-color: -color-danger-emphasis;", ""));
        }
        c.setTooltip(null);
    }

    private static String display(FuzzyDate d) {
        return d == null ? "" : d.toDisplay();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
