package cn.gridledger.ui.household;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.ui.common.ChoiceMatch;
import cn.gridledger.ui.common.Fonts;
import cn.gridledger.ui.I18n;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A grid of labelled fields bound to one {@link Draft} at a time (rebinding when the selected member
 * changes). Tab order follows the reading order; each field has its red Chinese message right under it.
 */
final class DraftForm {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final GridPane grid = new GridPane();
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final Map<String, FieldSpec> specs = new LinkedHashMap<>();
    private final MapChangeListener<String, String> errorListener = c -> showErrors();
    private final String idPrefix;
    private Draft draft;

    DraftForm(String idPrefix, List<FieldSpec> fields, int pairsAtStandard) {
        this.idPrefix = idPrefix;
        // fewer label/field pairs a row at the larger text sizes (5 → 3 at 大, 2 at 特大), so a row keeps
        // the width it has at 标准 instead of squeezing its labels over the fields
        int pairsPerRow = pairsAt(pairsAtStandard, cn.gridledger.ui.common.UiLook.size().scale());
        grid.setHgap(8);
        grid.setVgap(4);
        grid.getStyleClass().add("draft-form");
        for (int i = 0; i < pairsPerRow; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setHalignment(HPos.RIGHT);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            double em = cn.gridledger.ui.common.UiLook.size().pixels();
            ColumnConstraints field = new ColumnConstraints(5.5 * em, 10.5 * em, Double.MAX_VALUE);
            field.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(label, field);
        }
        int col = 0;
        int row = 0;
        for (FieldSpec f : fields) {
            int span = Math.min(f.span(), pairsPerRow);
            if (col + span > pairsPerRow) {
                col = 0;
                row++;
            }
            Control control = control(f);
            control.setId(idPrefix + "-" + f.key());
            control.setMaxWidth(Double.MAX_VALUE);
            // two lines always reserved, wraps within its column, never cut off (FieldMessage)
            Label error = new FieldMessage();
            VBox cell = new VBox(1, control, error);
            Label label = new Label(f.label());
            label.setLabelFor(control);
            grid.add(label, col * 2, row);
            grid.add(cell, col * 2 + 1, row, span * 2 - 1, 1);
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            controls.put(f.key(), control);
            errors.put(f.key(), error);
            specs.put(f.key(), f);
            control.focusedProperty().addListener((obs, was, is) -> {
                if (!is && draft != null) {
                    canonicalise(f);
                    draft.touch(f.key());
                }
            });
            col += span;
        }
        grid.setDisable(true);
    }

    /** Pairs a row at a text size of {@code scale} × 标准: as many as keep a row's width, at least one. */
    static int pairsAt(int pairsAtStandard, double scale) {
        return Math.max(1, Math.min(pairsAtStandard, (int) Math.floor(pairsAtStandard / scale + 0.01)));
    }

    private Control control(FieldSpec f) {
        return switch (f.kind()) {
            case TEXT -> new TextField();
            case MONO -> {
                TextField t = new TextField();
                t.setStyle("-fx-font-family: \"" + Fonts.monoFamily() + "\";");
                yield t;
            }
            case CODE -> {
                ComboBox<String> box = new ComboBox<>();
                box.setEditable(true);
                box.getItems().setAll(f.codes().labels());
                box.setVisibleRowCount(12);
                yield box;
            }
            case FLAG -> new CheckBox();
        };
    }

    /**
     * Replaces what was typed in a drop-down by the code list's canonical wording (子 → 之子), or, when
     * the list does not know it, by the first choice it matches (zz → 之子; see {@link ChoiceMatch}).
     */
    private void canonicalise(FieldSpec f) {
        if (f.kind() == FieldSpec.Kind.CODE) {
            String typed = draft.p(f.key()).get();
            String canonical = f.codes().check(typed).value();
            if (canonical == null) {
                canonical = ChoiceMatch.firstMatch(f.codes().labels(), typed).orElse(null);
            }
            if (canonical != null) {
                draft.set(f.key(), canonical);
            }
        }
    }

    Node view() {
        return grid;
    }

    Control control(String key) {
        return controls.get(key);
    }

    Draft draft() {
        return draft;
    }

    /** Shows {@code next} (or nothing, disabled, when null). */
    @SuppressWarnings("unchecked")
    void bind(Draft next) {
        if (draft != null) {
            draft.shownErrors().removeListener(errorListener);
            draft.shownWarnings().removeListener(errorListener);
            for (var e : controls.entrySet()) {
                Control c = e.getValue();
                if (c instanceof TextField t) {
                    t.textProperty().unbindBidirectional(draft.p(e.getKey()));
                } else if (c instanceof ComboBox<?> box) {
                    box.getEditor().textProperty().unbindBidirectional(draft.p(e.getKey()));
                    ((ComboBox<String>) box).valueProperty().unbindBidirectional(draft.p(e.getKey()));
                } else if (c instanceof CheckBox cb) {
                    cb.selectedProperty().unbindBidirectional(draft.flag(e.getKey()));
                }
            }
        }
        draft = next;
        grid.setDisable(next == null);
        if (next == null) {
            controls.values().forEach(c -> {
                if (c instanceof TextField t) {
                    t.clear();
                } else if (c instanceof ComboBox<?> box) {
                    box.getEditor().clear();
                } else if (c instanceof CheckBox cb) {
                    cb.setSelected(false);
                }
            });
            errors.values().forEach(l -> l.setText(""));
            return;
        }
        for (var e : controls.entrySet()) {
            Control c = e.getValue();
            if (c instanceof TextField t) {
                t.textProperty().bindBidirectional(next.p(e.getKey()));
            } else if (c instanceof ComboBox<?> box) {
                ((ComboBox<String>) box).valueProperty().bindBidirectional(next.p(e.getKey()));
                box.getEditor().textProperty().bindBidirectional(next.p(e.getKey()));
            } else if (c instanceof CheckBox cb) {
                cb.selectedProperty().bindBidirectional(next.flag(e.getKey()));
            }
        }
        next.shownErrors().addListener(errorListener);
        next.shownWarnings().addListener(errorListener);
        showErrors();
    }

    private void showErrors() {
        for (var e : errors.entrySet()) {
            String message = draft == null ? null : draft.shownErrors().get(e.getKey());
            String warning = draft == null || message != null ? null : draft.shownWarnings().get(e.getKey());
            Label label = e.getValue();
            String text = message != null ? message : warning != null ? I18n.t("hh.editor.warning", warning) : "";
            label.setText(text);
            label.pseudoClassStateChanged(WARNING, warning != null);
            controls.get(e.getKey()).pseudoClassStateChanged(INVALID, message != null);
            controls.get(e.getKey()).pseudoClassStateChanged(WARNING, warning != null);
        }
    }

    /** Focuses the field of {@code key} (the first invalid one after a refused save). */
    void focus(String key) {
        Control c = controls.get(key);
        if (c != null) {
            c.requestFocus();
        }
    }

    /** Focuses the first field with its text selected, so typing replaces a preset (户主) rather than adding to it. */
    void focusFirst() {
        Control first = controls.values().iterator().next();
        first.requestFocus();
        if (first instanceof ComboBox<?> box && box.isEditable()) {
            box.getEditor().selectAll();
        } else if (first instanceof TextField t) {
            t.selectAll();
        }
    }

    String idPrefix() {
        return idPrefix;
    }
}
