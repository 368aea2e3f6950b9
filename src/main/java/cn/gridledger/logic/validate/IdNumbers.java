package cn.gridledger.logic.validate;

import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Gender;
import cn.gridledger.model.code.Provinces;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** GB 11643-1999 公民身份号码: the validation ladder of formats.md §4.1. */
public final class IdNumbers {

    public static final String TRUNCATED = "身份证号疑似被Excel截断，请在原表中将该列设为文本后重新填写";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CODES = "10X98765432";
    /** What people paste around an ID: ASCII whitespace, apostrophes and quotes (dropped in step 1). */
    private static final String PASTE_NOISE = " \t\n\u000B\f\r'‘’`\"";

    private IdNumbers() {
    }

    public static Parsed<IdNumber> parse(String raw) {
        return parse(raw, LocalDate.now());
    }

    /** As {@link #parse(String)} with an explicit "today" for the future-birth-date check. */
    static Parsed<IdNumber> parse(String raw, LocalDate today) {
        String id = normalise(raw);
        if (id.isEmpty() || Text.isNotApplicable(id)) {
            return Parsed.empty();
        }
        if (id.contains("E+") || id.contains("E-")) {
            return Parsed.error(TRUNCATED);
        }
        List<Issue> issues = new ArrayList<>();
        if (id.length() == 15) {
            if (!digits(id, 0, 15)) {
                return Parsed.error("15位旧身份证号应全部为数字");
            }
            String upgraded = upgrade15(id);
            issues.add(Issue.warning("15位旧身份证号 " + id + " 已升级为18位 " + upgraded));
            id = upgraded;
        } else if (id.length() != 18) {
            return Parsed.error("身份证号应为18位（或15位旧号），实际为" + id.length() + "位");
        }
        if (!(digits(id, 0, 17) && (id.charAt(17) == 'X' || digits(id, 17, 18)))) {
            return Parsed.error("身份证号前17位应为数字，第18位应为数字或X");
        }
        if (!isKnownAddressPrefix(id)) {
            issues.add(Issue.warning("身份证号地址码「" + id.substring(0, 2) + "」不是已知的省级代码，请核对"));
        }
        LocalDate birth = birthDate(id);
        if (birth == null) {
            return Parsed.of(null, withError(issues, "身份证号中的出生日期 " + id.substring(6, 14) + " 不是有效日期"));
        }
        if (birth.getYear() < 1900) {
            return Parsed.of(null, withError(issues, "身份证号中的出生日期 " + id.substring(6, 14) + " 早于1900年"));
        }
        if (birth.isAfter(today)) {
            return Parsed.of(null, withError(issues, "身份证号中的出生日期 " + id.substring(6, 14) + " 晚于今天"));
        }
        String expected = checkDigit(id.substring(0, 17));
        boolean checkOk = expected.equals(id.substring(17));
        if (id.endsWith("000")) { // Excel keeps 15 significant digits: an 18-digit number comes back ending in 000
            // A truncated number still passes the check digit about one time in eleven; a real ID can
            // also end in 000. So: an error when the check digit fails, a warning to look when it passes.
            if (!checkOk) {
                return Parsed.of(null, withError(issues, TRUNCATED));
            }
            issues.add(Issue.warning("身份证号以000结尾，可能被Excel截断，请与原件核对"));
        }
        if (!checkOk) {
            return Parsed.of(null, withError(issues, "身份证号校验位错误，应为 " + expected));
        }
        Gender gender = (id.charAt(16) - '0') % 2 == 1 ? Gender.男 : Gender.女;
        return Parsed.of(new IdNumber(id, gender, birth), issues);
    }

    /**
     * An ID read from a numeric Excel cell. Only a 15-digit old ID survives a double (it is below 2^53
     * and has no check digit to lose); anything longer has lost its last digits and is never trusted.
     */
    public static Parsed<IdNumber> parseNumericCell(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            return Parsed.error("身份证号不是有效的号码");
        }
        if (value >= 1e15) {
            return Parsed.error(TRUNCATED);
        }
        BigDecimal number = BigDecimal.valueOf(value);
        if (number.stripTrailingZeros().scale() > 0) {
            return Parsed.error("身份证号不应含小数点，请在原表中将该列设为文本后重新填写");
        }
        String digits = number.toBigInteger().toString();
        if (digits.length() != 15) {
            return Parsed.error("身份证号应为18位（或15位旧号），实际为" + digits.length() + "位");
        }
        return parse(digits);
    }

    /** ISO 7064 MOD 11-2 check character for the first 17 digits. */
    public static String checkDigit(String first17) {
        if (first17 == null || first17.length() != 17 || !digits(first17, 0, 17)) {
            throw new IllegalArgumentException("需要17位数字：" + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return String.valueOf(CHECK_CODES.charAt(sum % 11));
    }

    /** GB 11643-1989 15-digit ID → 18 digits: insert "19" before the year, append the check digit. */
    public static String upgrade15(String old15) {
        if (old15 == null || old15.length() != 15 || !digits(old15, 0, 15)) {
            throw new IllegalArgumentException("需要15位数字：" + old15);
        }
        String first17 = old15.substring(0, 6) + "19" + old15.substring(6);
        return first17 + checkDigit(first17);
    }

    /**
     * Step 7 of the ladder: 性别 and 出生年月 columns against the ID. Mismatches are warnings (the ID may
     * have been mistyped as easily as the other columns). Null arguments are not checked.
     */
    public static List<Issue> crossCheck(IdNumber id, Gender givenGender, FuzzyDate givenBirth) {
        List<Issue> issues = new ArrayList<>();
        if (id == null) {
            return issues;
        }
        if (givenGender != null && givenGender != id.gender()) {
            issues.add(Issue.warning("性别「" + givenGender.label() + "」与身份证号不一致，身份证号显示为"
                    + id.gender().label()));
        }
        if (givenBirth != null && !givenBirth.contains(id.birthDate())) {
            FuzzyDate fromId = FuzzyDate.of(id.birthDate()).truncatedTo(givenBirth.precision());
            issues.add(Issue.warning("出生日期「" + givenBirth.toDisplay() + "」与身份证号不一致，身份证号显示为"
                    + fromId.toDisplay()));
        }
        return issues;
    }

    /** Step 1: NFKC; spaces, apostrophes, tabs and line breaks removed; x → X; 19-char G prefix dropped. */
    static String normalise(String raw) {
        String s = Text.normalise(raw);
        if (s.startsWith("=\"") && s.endsWith("\"") && s.length() >= 3) {
            s = s.substring(2, s.length() - 1); // CSV exports wrap IDs as ="…" to keep them text
        }
        s = withoutPasteNoise(s).toUpperCase(java.util.Locale.ROOT);
        if (s.length() == 19 && s.startsWith("G")) {
            s = s.substring(1);
        }
        return s;
    }

    /** Whether s[from, to) are all ASCII digits (a loop: imports check an ID per row, a regex cost a Matcher each). */
    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String withoutPasteNoise(String s) {
        int i = 0;
        while (i < s.length() && PASTE_NOISE.indexOf(s.charAt(i)) < 0) {
            i++;
        }
        if (i == s.length()) {
            return s; // the usual case: nothing to drop, nothing copied
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (PASTE_NOISE.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isKnownAddressPrefix(String id) {
        // 81/82/83: residence permits for HK/Macau/Taiwan residents; 9: 2023 foreigner permanent residence ID.
        return Provinces.isKnown(id) || id.startsWith("83") || id.startsWith("9");
    }

    private static LocalDate birthDate(String id18) {
        try {
            return LocalDate.of(Integer.parseInt(id18.substring(6, 10)),
                    Integer.parseInt(id18.substring(10, 12)), Integer.parseInt(id18.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static List<Issue> withError(List<Issue> issues, String message) {
        List<Issue> all = new ArrayList<>(issues);
        all.add(Issue.error(message));
        return all;
    }
}
