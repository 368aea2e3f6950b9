package cn.gridledger.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.model.VisitResponsibility.CadreChoice;
import cn.gridledger.ui.I18n;
import javafx.scene.control.ComboBox;

/**
 * A drop-down of the cadres with a current post (姓名（职务，村）) and 未指定 first, for a grid's
 * 防止返贫监测员 and a monitored household's 监测责任人. It takes typing: a name, its start or its pinyin
 * initials (zm → 张敏) picks the first match, as the household form's drop-downs do.
 */
public final class CadrePicker {

    private final ComboBox<String> box = new ComboBox<>();
    private final Map<String, Long> idOf = new LinkedHashMap<>();
    private final String none = I18n.t("cadrePicker.none");

    /** {@code currentId}/{@code currentName}: who is named now (kept as a choice even without a current post). */
    public CadrePicker(List<CadreChoice> cadres, Long currentId, String currentName) {
        idOf.put(none, null);
        for (CadreChoice c : cadres) {
            String label = label(c);
            idOf.putIfAbsent(idOf.containsKey(label) ? label + " #" + c.personId() : label, c.personId());
        }
        String current = none;
        if (currentId != null) {
            current = idOf.entrySet().stream().filter(e -> currentId.equals(e.getValue())).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (current == null) {
                current = currentName == null ? "#" + currentId : currentName;
                idOf.put(current, currentId);
            }
        }
        box.setEditable(true);
        box.getItems().setAll(idOf.keySet());
        box.setVisibleRowCount(12);
        box.setValue(current);
        box.setPrefWidth(20 * UiLook.size().pixels());
        box.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                canonicalise();
            }
        });
        box.getEditor().setOnAction(e -> canonicalise());
    }

    public ComboBox<String> control() {
        return box;
    }

    /** The chosen cadre's person id, null for 未指定; a text that matches no cadre is refused in Chinese. */
    public Long chosen() {
        canonicalise();
        String v = box.getValue();
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!idOf.containsKey(v)) {
            throw new UserFacingException(I18n.t("cadrePicker.unknown", v.strip()));
        }
        return idOf.get(v);
    }

    private void canonicalise() {
        String typed = box.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            box.setValue(none);
            return;
        }
        if (idOf.containsKey(typed)) {
            box.setValue(typed);
            return;
        }
        ChoiceMatch.firstMatch(List.copyOf(idOf.keySet()), typed).ifPresent(box::setValue);
    }

    private static String label(CadreChoice c) {
        String where = String.join(I18n.t("cadrePicker.sep"), java.util.stream.Stream.of(c.posts(), c.village())
                .filter(s -> s != null && !s.isBlank()).toList());
        return where.isEmpty() ? c.name() : I18n.t("cadrePicker.choice", c.name(), where);
    }
}
