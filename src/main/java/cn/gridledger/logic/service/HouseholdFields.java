package cn.gridledger.logic.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gridledger.model.FuzzyDate;

/**
 * Field checks of the household form, in one place so the form shows the same Chinese messages the
 * importer gives. Delegates to the shared validators in {@code logic.validate} (IdNumbers, Phones, Dates)
 * once they are merged; until then the minimal GB 11643 / phone / month rules below stand in.
 */
public final class HouseholdFields {

    private static final Pattern ID18 = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-./年]?\\s*(\\d{1,2})\\s*月?");
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-./年](\\d{1,2})[-./月](\\d{1,2})日?");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private HouseholdFields() {
    }

    /** What an ID number says about its holder. */
    public record IdFacts(String idNumber, String gender, LocalDate birthDate) {
    }

    /** An 18-character ID number; gender and birth date come out of it. Empty input is not an error. */
    public static FieldCheck<IdFacts> idNumber(String raw) {
        String id = raw == null ? "" : raw.strip().toUpperCase().replace('x', 'X');
        if (id.isEmpty()) {
            return FieldCheck.empty();
        }
        if (id.contains("E+") || id.endsWith("000") && id.length() == 18 && id.matches("\\d+")) {
            return FieldCheck.error("身份证号疑似被Excel截断，请在原表中将该列设为文本后重新填写");
        }
        if (!ID18.matcher(id).matches()) {
            return FieldCheck.error("身份证号应为18位（最后一位可以是X），现在是" + id.length() + "位");
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        } catch (DateTimeParseException e) {
            return FieldCheck.error("身份证号中的出生日期 " + id.substring(6, 14) + " 不存在");
        }
        if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1900) {
            return FieldCheck.error("身份证号中的出生日期 " + id.substring(6, 14) + " 不合理");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        char expected = CHECK.charAt(sum % 11);
        if (id.charAt(17) != expected) {
            return FieldCheck.error("身份证号校验位错误，应为 " + expected);
        }
        String gender = (id.charAt(16) - '0') % 2 == 1 ? "男" : "女";
        return FieldCheck.ok(new IdFacts(id, gender, birth));
    }

    /** A mobile (11 digits) or landline with area code; normalised. Empty input is not an error. */
    public static FieldCheck<String> phone(String raw) {
        String p = raw == null ? "" : raw.strip().replace(" ", "");
        if (p.isEmpty()) {
            return FieldCheck.empty();
        }
        if (p.startsWith("+86")) {
            p = p.substring(3);
        }
        String digits = p.replace("-", "");
        if (MOBILE.matcher(digits).matches()) {
            return FieldCheck.ok(digits);
        }
        if (LANDLINE.matcher(p).matches()) {
            return FieldCheck.ok(p);
        }
        return FieldCheck.error("电话号码格式不对：手机应为1开头的11位数字，座机应带区号（如 0351-1234567）");
    }

    /** {@code 139****1234} for lists shown to everyone. */
    public static String maskedPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.strip();
        if (p.length() == 11 && MOBILE.matcher(p).matches()) {
            return p.substring(0, 3) + "****" + p.substring(7);
        }
        return p.length() > 4 ? "****" + p.substring(p.length() - 4) : p;
    }

    /** A month such as 2024-03, 2024.3, 202403 or 2024年3月. */
    public static FieldCheck<FuzzyDate> month(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return FieldCheck.empty();
        }
        Matcher m = MONTH.matcher(s);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            if (mo >= 1 && mo <= 12 && y >= 1900 && y <= 2100) {
                return FieldCheck.ok(FuzzyDate.of(y, mo));
            }
        }
        return FieldCheck.error("年月格式不对：应为 2024-03 或 2024.03 这样的年月");
    }

    /** A day such as 2024-03-15, 2024.3.15 or 2024年3月15日. */
    public static FieldCheck<LocalDate> day(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return FieldCheck.empty();
        }
        Matcher m = DAY.matcher(s);
        if (m.matches()) {
            try {
                return FieldCheck.ok(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                return FieldCheck.error("日期不存在：" + s);
            }
        }
        return FieldCheck.error("日期格式不对：应为 2024-03-15 这样的年月日");
    }

    /** A whole number of points (may be negative for 减分 when {@code signed}). */
    public static FieldCheck<Integer> points(String raw, boolean signed) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return FieldCheck.error("请填写分值");
        }
        try {
            int v = Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
            if (!signed && v <= 0) {
                return FieldCheck.error("分值应为正整数");
            }
            if (Math.abs(v) > 10_000) {
                return FieldCheck.error("分值过大，请核对");
            }
            return FieldCheck.ok(v);
        } catch (NumberFormatException e) {
            return FieldCheck.error("分值应为整数，不能带小数");
        }
    }

    /** Months worked away in a year: 0–12. */
    public static FieldCheck<Integer> monthsAway(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return FieldCheck.empty();
        }
        try {
            int v = Integer.parseInt(s);
            return v >= 0 && v <= 12 ? FieldCheck.ok(v) : FieldCheck.error("务工月数应为 0 到 12");
        } catch (NumberFormatException e) {
            return FieldCheck.error("务工月数应为 0 到 12 的整数");
        }
    }

    /** A year such as 2025 for an award. */
    public static FieldCheck<Integer> year(String raw) {
        String s = raw == null ? "" : raw.strip().replace("年", "");
        if (s.matches("\\d{4}") && Integer.parseInt(s) >= 1990 && Integer.parseInt(s) <= LocalDate.now().getYear() + 1) {
            return FieldCheck.ok(Integer.parseInt(s));
        }
        return FieldCheck.error("年份应为四位数字，如 " + LocalDate.now().getYear());
    }

    /** Names: Chinese characters, middle dot for minority names; 2–20 characters. */
    public static FieldCheck<String> name(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return FieldCheck.error("请填写姓名");
        }
        if (s.length() > 20 || s.chars().anyMatch(Character::isDigit)) {
            return FieldCheck.error("姓名不应含数字，且不超过20个字");
        }
        return FieldCheck.ok(s);
    }
}
