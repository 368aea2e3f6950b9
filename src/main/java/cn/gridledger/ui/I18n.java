package cn.gridledger.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's texts, from {@code messages_zh_CN.properties} whatever the machine's locale. */
public final class I18n {

    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("cn.gridledger.ui.messages", LOCALE);

    private I18n() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    public static String t(String key, Object... args) {
        String text = BUNDLE.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, LOCALE).format(args);
    }
}
