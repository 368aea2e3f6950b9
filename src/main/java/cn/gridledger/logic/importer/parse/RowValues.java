package cn.gridledger.logic.importer.parse;

import cn.gridledger.logic.importer.CellIssue;
import cn.gridledger.logic.importer.header.RosterField;
import cn.gridledger.logic.importer.read.CellKind;
import cn.gridledger.logic.importer.read.SourceCell;
import cn.gridledger.logic.importer.rows.DataRow;
import cn.gridledger.logic.validate.CodeLists;
import cn.gridledger.logic.validate.Dates;
import cn.gridledger.logic.validate.IdNumber;
import cn.gridledger.logic.validate.IdNumbers;
import cn.gridledger.logic.validate.Issue;
import cn.gridledger.logic.validate.Parsed;
import cn.gridledger.logic.validate.Phones;
import cn.gridledger.logic.validate.Text;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Gender;
import cn.gridledger.model.code.YesNo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one record row field by field with the shared validators, keeping every problem as a
 * {@link CellIssue} that points at the cell. A value is null when the cell is empty, "not applicable"
 * ({@code --}, {@code 无}) or wrong (then an ERROR issue says why).
 */
public final class RowValues {

    /** Code lists looked up once (all() builds a new list per call, and this runs for every row). */
    private static final java.util.Collection<YesNo> YES_NO_VALUES = YesNo.all();

    private final DataRow row;
    private final String sheet;
    private final boolean date1904;
    private final ParseCache cache;
    private final List<CellIssue> issues = new ArrayList<>(2);

    public RowValues(DataRow row, String sheet, boolean date1904) {
        this(row, sheet, date1904, new ParseCache());
    }

    /** @param cache shared by the rows of one import, so that repeated values are parsed once */
    public RowValues(DataRow row, String sheet, boolean date1904, ParseCache cache) {
        this.row = row;
        this.sheet = sheet;
        this.date1904 = date1904;
        this.cache = cache;
    }

    public int excelRow() {
        return row.excelRowNumber();
    }

    public String sheet() {
        return sheet;
    }

    public List<CellIssue> issues() {
        return List.copyOf(issues);
    }

    public boolean hasErrors() {
        for (CellIssue i : issues) {
            if (i.isError()) {
                return true;
            }
        }
        return false;
    }

    public boolean has(RosterField field) {
        return row.mapping().has(field);
    }

    /** The normalised text of a field; null when blank or "not applicable". */
    public String text(RosterField field) {
        SourceCell cell = row.cell(field);
        if (cell.isBlank()) {
            return null;
        }
        String shown = cell.kind() == CellKind.NUMBER && cell.number() != null ? plainOrShown(cell) : cell.text();
        return shown.length() <= 8 && Text.isNotApplicable(shown) ? null : Text.normalise(shown);
    }

    /** The text of a free-text field as written ({@link Text#freeText}); null when blank or "not applicable". */
    public String freeText(RosterField field) {
        String normal = text(field);
        SourceCell cell = row.cell(field);
        return normal == null || cell.kind() == CellKind.NUMBER ? normal : Text.freeText(cell.text());
    }

    /** A required field: an ERROR when it is empty (or when the sheet has no such column). */
    public String required(RosterField field, String what) {
        String value = text(field);
        if (value == null) {
            add(field, Issue.error(has(field) ? what + "为空，请填写" + what : "表中没有 " + what + " 列"));
        }
        return value;
    }

    /** {@code 表中没有 现任职务 列} when the sheet lacks the column, else {@code 现任职务为空}. */
    public String missingOrEmpty(RosterField field) {
        return has(field) ? field.displayName() + "为空" : "表中没有 " + field.displayName() + " 列";
    }

    /** 身份证号: a NUMBER cell has lost its last digits (Excel keeps 15), text goes through the full ladder. */
    public IdNumber idNumber(RosterField field) {
        SourceCell cell = row.cell(field);
        if (cell.isBlank()) {
            return null;
        }
        Parsed<IdNumber> parsed = cell.isNumeric() && cell.number() != null
                ? IdNumbers.parseNumericCell(cell.number())
                : IdNumbers.parse(cell.text());
        return take(field, parsed);
    }

    /** Dates in every shape: Excel date cells (CJK formats, 1904 flag), year.month numbers and text. */
    public FuzzyDate date(RosterField field) {
        SourceCell cell = row.cell(field);
        if (cell.isBlank()) {
            return null;
        }
        Parsed<FuzzyDate> parsed;
        if (cell.isNumeric() && cell.number() != null) {
            boolean dateFormatted = cell.kind() == CellKind.DATE || Dates.isDateFormat(cell.numFmtId(), cell.formatString());
            parsed = dateFormatted
                    ? Dates.parseExcelSerial(cell.number(), date1904, Dates.precisionOfFormat(cell.numFmtId(), cell.formatString()))
                    : Dates.parseNumber(cell.number());
        } else {
            parsed = cache.date(field, cell.text(), Dates::parse);
        }
        return take(field, parsed);
    }

    /** Information systems export code lists as {@code 1-男}, {@code 01-汉族}, {@code 13：群众}: the name counts. */
    private static final java.util.regex.Pattern CODE_NAME = java.util.regex.Pattern.compile("^[0-9A-Za-z]{1,4}\\s*[-－—:：.、]\\s*(\\D.*)$");

    private static String nameOfCodeName(String raw) {
        if (raw == null || raw.length() < 3 || raw.charAt(0) >= 128 || !Character.isLetterOrDigit(raw.charAt(0))) {
            return raw; // the common case (汉族, 中共党员) without a regex: runs for every code cell of every row
        }
        java.util.regex.Matcher m = CODE_NAME.matcher(raw);
        return m.matches() ? m.group(1).strip() : raw;
    }

    public Gender gender(RosterField field) {
        String raw = nameOfCodeName(text(field));
        if (raw == null) {
            return null;
        }
        Optional<Gender> g = Gender.fromText(raw);
        if (g.isEmpty()) {
            add(field, Issue.error("性别「" + raw + "」无法识别，应为 男 或 女"));
        }
        return g.orElse(null);
    }

    /** An enumeration matched tolerantly by the code list's own {@code match}. */
    public <E> E code(RosterField field, Function<String, Optional<E>> matcher, Collection<E> allowed,
                      Function<E, String> label) {
        String raw = nameOfCodeName(text(field));
        if (raw == null) {
            return null;
        }
        return take(field, cache.code(field, raw, r -> CodeLists.parse(r, matcher, field.displayName(), allowed, label)));
    }

    public Boolean yesNo(RosterField field) {
        YesNo v = code(field, YesNo::match, YES_NO_VALUES, YesNo::label);
        return v == null ? null : v.toBoolean();
    }

    public String phone(RosterField field) {
        String raw = text(field);
        return raw == null ? null : take(field, Phones.parse(raw));
    }

    /** A whole number such as 务工时间（月）: 0–12 accepted, {@code 6个月} read as 6. */
    public Integer months(RosterField field) {
        String raw = text(field);
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("(个月|月)$", "");
        try {
            BigDecimal n = new BigDecimal(digits);
            if (n.stripTrailingZeros().scale() <= 0 && n.intValue() >= 0 && n.intValue() <= 12) {
                return n.intValue();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        add(field, Issue.error(field.displayName() + "「" + raw + "」应为0–12之间的整数（月数）"));
        return null;
    }

    /** The storage form of a date, shared between rows that give the same date; null for null. */
    public String iso(FuzzyDate date) {
        return date == null ? null : cache.iso(date);
    }

    /** Adds a problem found by a later check (cross-checks, matching against the database). */
    public void add(RosterField field, Issue issue) {
        // a field the sheet has no column for is a whole-row problem: no letter that would point elsewhere
        SourceCell cell = field == null ? SourceCell.blank(-1) : row.cell(field);
        int column = cell.column();
        issues.add(new CellIssue(sheet, row.excelRowNumber(), column, field == null ? "" : field.displayName(),
                cell.text(), issue));
    }

    public void addAll(RosterField field, List<Issue> more) {
        more.forEach(i -> add(field, i));
    }

    private <T> T take(RosterField field, Parsed<T> parsed) {
        if (parsed.issues().isEmpty()) {
            return parsed.value(); // the common case, without ok()'s stream
        }
        addAll(field, parsed.issues());
        return parsed.ok() ? parsed.value() : null;
    }

    /** Numbers typed into text fields (phone, 户编号) without Excel's exponent form. */
    private static String plainOrShown(SourceCell cell) {
        String plain = cell.plainNumber();
        return plain != null && cell.text().matches("(?i).*E\\+.*|[\\d.]+") ? plain : cell.text();
    }
}
