package cn.gridledger.ui.setup;

import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Township;
import cn.gridledger.model.Village;
import cn.gridledger.ui.I18n;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The first-run form: township codes and names, and the villages typed one per line. */
public final class FirstRunViewModel {

    private final AppServices services;
    final StringProperty countyCode = new SimpleStringProperty("");
    final StringProperty countyName = new SimpleStringProperty("");
    final StringProperty townshipCode = new SimpleStringProperty("");
    final StringProperty townshipName = new SimpleStringProperty("");
    final StringProperty villages = new SimpleStringProperty("");

    public FirstRunViewModel(AppServices services) {
        this.services = services;
    }

    /** Creates the township; throws a UserFacingException with the first problem found. */
    public void create() {
        Township township = new Township(townshipCode.get().trim(), townshipName.get().trim(),
                countyCode.get().trim(), countyName.get().trim());
        services.township().setUp(township, parseVillages(villages.get()));
    }

    /** Between code and name: spaces or a comma, half- or full-width (U+FF0C); a pattern, not text. */
    private static final String CODE_NAME_SEPARATOR = "[\\s,\uFF0C]+";

    static List<Village> parseVillages(String text) {
        List<Village> out = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace('\u3000', ' ').trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(CODE_NAME_SEPARATOR, 2);
            if (parts.length < 2 || !parts[0].matches("\\d{12}")) {
                throw new UserFacingException(I18n.t("wizard.villageLine", i + 1, line));
            }
            String name = parts[1].trim();
            out.add(new Village(0, parts[0], name,
                    name.endsWith(Village.COMMUNITY) ? Village.COMMUNITY : Village.VILLAGE));
        }
        if (out.isEmpty()) {
            throw new UserFacingException(I18n.t("wizard.noVillages"));
        }
        return out;
    }

    public AppServices services() {
        return services;
    }
}
