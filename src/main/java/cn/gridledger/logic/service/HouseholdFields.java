package cn.gridledger.logic.service;

import java.time.LocalDate;
import java.util.List;

import cn.gridledger.logic.validate.Dates;
import cn.gridledger.logic.validate.IdNumber;
import cn.gridledger.logic.validate.IdNumbers;
import cn.gridledger.logic.validate.Issue;
import cn.gridledger.logic.validate.Parsed;
import cn.gridledger.logic.validate.Phones;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.FuzzyDate.Precision;
import cn.gridledger.model.Gender;

/**
 * Field checks of the household form, delegating to the shared validators ({@link IdNumbers},
 * {@link Phones}, {@link Dates}) so the form shows the same Chinese messages as the importer.
 */
public final class HouseholdFields {

    private HouseholdFields() {
    }

    /** What an ID number says about its holder. */
    public record IdFacts(String idNumber, String gender, LocalDate birthDate) {
    }

    static <T> FieldCheck<T> of(Parsed<T> p) {
        if (p.hasError()) {
            return FieldCheck.error(p.issues().stream().filter(Issue::isError).map(Issue::message).findFirst()
                    .orElse(p.messages()));
        }
        String warning = p.hasWarning() ? p.messages() : null;
        return new FieldCheck<>(p.value(), null, warning);
    }

    /** An ID number (18 characters, or an old 15-digit one upgraded); gender and birth date come out of it. */
    public static FieldCheck<IdFacts> idNumber(String raw) {
        return of(IdNumbers.parse(raw).map(HouseholdFields::facts));
    }

    private static IdFacts facts(IdNumber id) {
        return new IdFacts(id.value(), id.gender().label(), id.birthDate());
    }

    /** Gender and birth typed next to the ID, checked against it: warnings only, as the ID may be the typo. */
    public static String crossCheck(String idNumber, String gender, FuzzyDate birth) {
        Parsed<IdNumber> id = IdNumbers.parse(idNumber);
        if (!id.ok() || id.value() == null) {
            return null;
        }
        Gender g = gender == null ? null : Gender.fromText(gender).orElse(null);
        List<Issue> issues = IdNumbers.crossCheck(id.value(), g, birth);
        return issues.isEmpty() ? null : String.join("；", issues.stream().map(Issue::message).toList());
    }

    /** A mobile or landline; normalised. Empty input is not an error. */
    public static FieldCheck<String> phone(String raw) {
        return of(Phones.parse(raw));
    }

    /** {@code 139****1234} for lists shown to everyone. */
    public static String maskedPhone(String phone) {
        return phone == null || phone.isBlank() ? "" : Phones.masked(phone);
    }

    /** A date of any precision as typed (1980-03-12, 1980.03, 198003, 1980年3月 …). */
    public static FieldCheck<FuzzyDate> date(String raw) {
        return of(Dates.parse(raw));
    }

    /** A month such as 2024-03, 2024.3, 202403 or 2024年3月 (a day, if given, is dropped). */
    public static FieldCheck<FuzzyDate> month(String raw) {
        FieldCheck<FuzzyDate> d = date(raw);
        if (d.hasError() || d.value() == null) {
            return d;
        }
        if (d.value().precision() == Precision.YEAR) {
            return FieldCheck.error("请填写到月份，如 2024-03");
        }
        return new FieldCheck<>(d.value().truncatedTo(Precision.MONTH), null, d.warning());
    }

    /** A full day such as 2024-03-15 or 2024年3月15日. */
    public static FieldCheck<LocalDate> day(String raw) {
        FieldCheck<FuzzyDate> d = date(raw);
        if (d.hasError() || d.value() == null) {
            return d.hasError() ? FieldCheck.error(d.error()) : FieldCheck.empty();
        }
        if (d.value().precision() != Precision.DAY) {
            return FieldCheck.error("请填写到日，如 2024-03-15");
        }
        return FieldCheck.ok(d.value().firstDay());
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
                return FieldCheck.error("分值过大（超过10000），请核对");
            }
            return FieldCheck.ok(v);
        } catch (NumberFormatException e) {
            return FieldCheck.error("分值应为整数，不能带小数或文字");
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
        int max = LocalDate.now().getYear() + 1;
        if (s.matches("\\d{4}") && Integer.parseInt(s) >= 1990 && Integer.parseInt(s) <= max) {
            return FieldCheck.ok(Integer.parseInt(s));
        }
        return FieldCheck.error("年份应为四位数字（1990–" + max + "），如 " + LocalDate.now().getYear());
    }

    /** A person's name: required, no digits, at most 20 characters. */
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
