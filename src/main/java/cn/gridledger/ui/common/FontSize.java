package cn.gridledger.ui.common;

import java.util.Arrays;
import java.util.Optional;

import cn.gridledger.ui.I18n;

/** The four text sizes a user can choose; 标准 is the program's 14px, 特大 is 175% of it. */
public enum FontSize {
    SMALL(I18n.t("fontSize.small"), 0.9),
    STANDARD(I18n.t("fontSize.standard"), 1.0),
    LARGE(I18n.t("fontSize.large"), 1.3),
    EXTRA_LARGE(I18n.t("fontSize.extraLarge"), 1.75);

    /** The body text size at 标准, in pixels. */
    public static final double BASE_PX = 14;

    private final String label;
    private final double scale;

    FontSize(String label, double scale) {
        this.label = label;
        this.scale = scale;
    }

    public String label() {
        return label;
    }

    public double scale() {
        return scale;
    }

    public double pixels() {
        return Math.round(BASE_PX * scale * 10) / 10.0;
    }

    public static Optional<FontSize> ofName(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
