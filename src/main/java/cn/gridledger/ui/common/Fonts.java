package cn.gridledger.ui.common;

import java.util.List;

import javafx.scene.text.Font;

/**
 * Picks a CJK font the machine has (Windows, UOS/Kylin and Debian name them differently), so that
 * Chinese never falls back to boxes.
 */
public final class Fonts {

    private static final List<String> PREFERRED = List.of("Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "SimSun", "宋体");
    private static final List<String> MONOSPACED = List.of("Consolas", "DejaVu Sans Mono", "Noto Sans Mono CJK SC",
            "Liberation Mono", "Monospaced");

    private static String body;
    private static String mono;

    private Fonts() {
    }

    public static synchronized String bodyFamily() {
        if (body == null) {
            body = firstAvailable(PREFERRED, Font.getDefault().getFamily());
        }
        return body;
    }

    /** For ID numbers and codes, so digits line up. */
    public static synchronized String monoFamily() {
        if (mono == null) {
            mono = firstAvailable(MONOSPACED, "Monospaced");
        }
        return mono;
    }

    private static String firstAvailable(List<String> wanted, String fallback) {
        List<String> families = Font.getFamilies();
        return wanted.stream().filter(families::contains).findFirst().orElse(fallback);
    }
}
