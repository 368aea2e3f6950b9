package cn.gridledger.logic.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gridledger.model.Award;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Monitoring;
import cn.gridledger.model.code.AwardLevel;
import cn.gridledger.model.code.AwardType;
import cn.gridledger.model.code.MonitoringCategory;
import cn.gridledger.model.code.Risk;

/**
 * The two list cells of the household ledger (C2) that a township needs to rebuild its ledger from its own
 * export, written by the report and read back by the importer (docs/decisions/c2-full-ledger.md):
 *
 * <ul>
 * <li>示范户称号: the household's awards, oldest first, joined with 、 — {@code 2024年县级美丽庭院、2025年村级干净人家};</li>
 * <li>防返贫监测记录: the household's monitoring episodes, oldest first, joined with ；, each one's parts joined with ，
 * — {@code 边缘易致贫户，识别：2024.03，风险：因病、因学，措施：产业帮扶、就业帮扶，责任人：王五，电话：13912345678，已消除，
 * 消除方式：帮扶消除，消除年月：2025.06} (the category first; empty parts left out; 未消除 for a risk not eliminated).</li>
 * </ul>
 *
 * Reading accepts half-width punctuation too, and a comma or semicolon inside a responsible person's name: a
 * part without a known prefix belongs to the part before. Names and measures are kept as written (full-width
 * punctuation in them stays), the labels, dates and codes are matched after NFKC.
 */
public final class LedgerText {

    public static final String AWARDS_HEADING = "示范户称号";
    public static final String MONITORING_HEADING = "防返贫监测记录";

    private static final String IDENTIFIED = "识别";
    private static final String RISKS = "风险";
    private static final String MEASURES = "措施";
    private static final String CONTACT = "责任人";
    private static final String PHONE = "电话";
    private static final String ELIMINATED = "已消除";
    private static final String NOT_ELIMINATED = "未消除";
    private static final String METHOD = "消除方式";
    private static final String ELIMINATED_MONTH = "消除年月";

    private static final Pattern AWARD = Pattern.compile("^(\\d{4})\\s*年\\s*(\\S{2,})$");
    private static final Pattern LABELLED = Pattern.compile("^(识别|风险|措施|责任人|电话|消除方式|消除年月)\\s*[:：]\\s*(.*)$");

    private LedgerText() {
    }

    // --- awards ---

    /** Awards as {@code 2024年县级美丽庭院、…}, in the order given; "" for none. */
    public static String awards(List<Award> awards) {
        StringBuilder sb = new StringBuilder();
        for (Award a : awards) {
            if (!sb.isEmpty()) {
                sb.append('、');
            }
            String level = AwardLevel.match(a.level()).map(AwardLevel::label).orElse(a.level() + "级");
            sb.append(a.year()).append('年').append(level).append(a.awardType());
        }
        return sb.toString();
    }

    /** The awards of a 示范户称号 cell (household id left null); an error names the entry it cannot read. */
    public static Parsed<List<Award>> parseAwards(String raw) {
        if (Text.isNotApplicable(raw)) {
            return Parsed.empty();
        }
        List<Award> out = new ArrayList<>();
        for (String part : Text.normalise(raw).split("[、,;，；\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Matcher m = AWARD.matcher(part);
            Optional<AwardLevel> level = Optional.empty();
            Optional<AwardType> type = Optional.empty();
            if (m.matches()) {
                String rest = m.group(2);
                int mark = rest.indexOf('级');
                // 县级美丽庭院, 社区级干净人家; without 级 the level is one character (县美丽庭院)
                String levelText = mark >= 1 && mark <= 4 ? rest.substring(0, mark) : rest.substring(0, 1);
                String title = mark >= 1 && mark <= 4 ? rest.substring(mark + 1) : rest.substring(1);
                level = AwardLevel.match(levelText);
                type = AwardType.match(title);
            }
            if (level.isEmpty() || type.isEmpty()) {
                return Parsed.error("示范户称号「" + part + "」无法识别，应写成 年份+级别+称号，如 2024年县级美丽庭院，多项用顿号分隔");
            }
            out.add(new Award(0, null, type.get().label(), Integer.parseInt(m.group(1)), level.get().name()));
        }
        return out.isEmpty() ? Parsed.empty() : Parsed.of(List.copyOf(out));
    }

    // --- monitoring ---

    /** Monitoring episodes in the cell's form, in the order given; "" for none. */
    public static String monitoring(List<Monitoring> episodes) {
        StringBuilder sb = new StringBuilder();
        for (Monitoring m : episodes) {
            if (!sb.isEmpty()) {
                sb.append('；');
            }
            List<String> parts = new ArrayList<>();
            parts.add(m.category());
            add(parts, IDENTIFIED, month(m.identifiedMonth()));
            List<String> risks = new ArrayList<>();
            for (String r : new String[] {m.risk1(), m.risk2(), m.risk3()}) {
                if (r != null && !r.isBlank()) {
                    risks.add(r);
                }
            }
            add(parts, RISKS, String.join("、", risks));
            add(parts, MEASURES, m.measures() == null ? null : String.join("、", m.measures().split(",")));
            add(parts, CONTACT, m.contactName());
            add(parts, PHONE, m.contactPhone());
            parts.add(m.riskEliminated() ? ELIMINATED : NOT_ELIMINATED);
            if (m.riskEliminated()) {
                add(parts, METHOD, m.eliminationMethod());
                add(parts, ELIMINATED_MONTH, month(m.eliminatedMonth()));
            }
            sb.append(String.join("，", parts));
        }
        return sb.toString();
    }

    /** The cell with each 电话：… masked (a 脱敏 export). */
    public static String maskPhones(String cell, UnaryOperator<String> maskPhone) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        Matcher m = Pattern.compile("(电话：)([^，；]+)").matcher(cell);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + maskPhone.apply(m.group(2))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The episodes of a 防返贫监测记录 cell (ids 0, household id null), in the cell's order; an error says which
     * episode and part it cannot read.
     */
    public static Parsed<List<Monitoring>> parseMonitoring(String raw) {
        if (Text.isNotApplicable(raw)) {
            return Parsed.empty();
        }
        // the category starts an episode; a segment that does not start with one continued the one before
        List<String> episodes = new ArrayList<>();
        // split as written (not NFKC): a full-width ，or ；inside a name must come back as it was
        for (String[] piece : pieces(Text.freeText(raw), ";；")) {
            String s = piece[1].strip();
            if (s.isEmpty()) {
                continue;
            }
            if (episodes.isEmpty() || MonitoringCategory.match(Text.normalise(firstPart(s))).isPresent()) {
                episodes.add(s);
            } else {
                episodes.set(episodes.size() - 1, episodes.get(episodes.size() - 1) + piece[0] + s);
            }
        }
        List<Monitoring> out = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < episodes.size(); i++) {
            Parsed<Monitoring> p = episode(episodes.get(i));
            String where = episodes.size() > 1 ? "防返贫监测记录第" + (i + 1) + "条：" : "防返贫监测记录：";
            if (p.hasError()) {
                return Parsed.error(where + p.issues().get(0).message());
            }
            for (Issue issue : p.issues()) {
                issues.add(Issue.warning(where + issue.message()));
            }
            out.add(p.value());
        }
        return out.isEmpty() ? Parsed.empty() : Parsed.of(List.copyOf(out), issues);
    }

    private static Parsed<Monitoring> episode(String text) {
        List<String> parts = new ArrayList<>();
        for (String[] piece : pieces(text, ",，")) {
            String s = piece[1].strip();
            String n = Text.normalise(s);
            if (parts.isEmpty() || LABELLED.matcher(n).matches() || n.equals(ELIMINATED) || n.equals(NOT_ELIMINATED)) {
                parts.add(s);
            } else {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + piece[0] + s); // a comma inside a name
            }
        }
        if (parts.isEmpty()) {
            return Parsed.error("「" + text + "」不是监测记录，每条记录应以监测对象类别开头");
        }
        Optional<MonitoringCategory> category = MonitoringCategory.match(Text.normalise(parts.get(0)));
        if (category.isEmpty()) {
            return Parsed.error("「" + parts.get(0) + "」不是监测对象类别，每条记录应以 脱贫不稳定户、边缘易致贫户 或 突发严重困难户 开头");
        }
        List<String> risks = new ArrayList<>();
        FuzzyDate identified = null;
        FuzzyDate eliminatedMonth = null;
        String measures = null;
        String contact = null;
        String phone = null;
        String method = null;
        Boolean eliminated = null;
        List<Issue> warnings = new ArrayList<>();
        for (String written : parts.subList(1, parts.size())) {
            String part = Text.normalise(written);
            if (part.equals(ELIMINATED) || part.equals(NOT_ELIMINATED)) {
                eliminated = part.equals(ELIMINATED);
                continue;
            }
            Matcher m = LABELLED.matcher(part);
            if (!m.matches()) {
                continue; // not reachable: unlabelled parts were joined to the one before
            }
            String value = m.group(2).strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (m.group(1)) {
                case IDENTIFIED, ELIMINATED_MONTH -> {
                    Parsed<FuzzyDate> d = Dates.parse(value);
                    if (d.hasError() || d.value() == null || d.value().month() == 0) {
                        return Parsed.error(m.group(1) + "「" + value + "」应为年月，如 2024.03");
                    }
                    FuzzyDate month = d.value().truncatedTo(FuzzyDate.Precision.MONTH);
                    if (m.group(1).equals(IDENTIFIED)) {
                        identified = month;
                    } else {
                        eliminatedMonth = month;
                    }
                }
                case RISKS -> {
                    for (String r : value.split("[、/]+")) {
                        if (r.isBlank()) {
                            continue;
                        }
                        Optional<Risk> risk = Risk.match(r);
                        if (risk.isEmpty()) {
                            return Parsed.error("风险「" + r.strip() + "」无法识别");
                        }
                        if (!risks.contains(risk.get().label())) {
                            risks.add(risk.get().label());
                        }
                    }
                }
                case MEASURES -> {
                    List<String> items = new ArrayList<>();
                    for (String s : asWritten(written).split("[、/\\s]+")) {
                        if (!s.isBlank() && !items.contains(s.strip())) {
                            items.add(s.strip());
                        }
                    }
                    measures = items.isEmpty() ? null : String.join(",", items);
                }
                case CONTACT -> contact = asWritten(written);
                case PHONE -> {
                    Parsed<String> p = Phones.parse(value);
                    if (p.hasError()) {
                        return Parsed.error("责任人电话：" + p.issues().get(0).message());
                    }
                    warnings.addAll(p.issues());
                    phone = p.value();
                }
                case METHOD -> method = value;
                default -> {
                }
            }
        }
        if (identified == null) {
            return Parsed.error("缺少识别年月（识别：2024.03）");
        }
        if (risks.size() > 3) {
            return Parsed.error("风险最多3项，现在有" + risks.size() + "项");
        }
        if (eliminated == null) {
            eliminated = method != null || eliminatedMonth != null;
        }
        return Parsed.of(new Monitoring(0, null, category.get().label(), risks.isEmpty() ? null : risks.get(0),
                risks.size() > 1 ? risks.get(1) : null, risks.size() > 2 ? risks.get(2) : null, identified, measures,
                contact, phone, eliminated, eliminated ? method : null, eliminated ? eliminatedMonth : null), warnings);
    }

    private static String firstPart(String episode) {
        for (int i = 0; i < episode.length(); i++) {
            if (episode.charAt(i) == ',' || episode.charAt(i) == '，') {
                return episode.substring(0, i);
            }
        }
        return episode;
    }

    /** {@code text} cut at any of {@code separators}: each piece as {separator before it ("" first), piece}. */
    private static List<String[]> pieces(String text, String separators) {
        List<String[]> out = new ArrayList<>();
        String before = "";
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (separators.indexOf(text.charAt(i)) >= 0) {
                out.add(new String[] {before, text.substring(start, i)});
                before = String.valueOf(text.charAt(i));
                start = i + 1;
            }
        }
        out.add(new String[] {before, text.substring(start)});
        return out;
    }

    /** A labelled part's value as written (after the first ：or :), trimmed. */
    private static String asWritten(String part) {
        int colon = -1;
        for (int i = 0; i < part.length() && colon < 0; i++) {
            if (part.charAt(i) == ':' || part.charAt(i) == '：') {
                colon = i;
            }
        }
        return Text.freeText(part.substring(colon + 1));
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + "：" + value);
        }
    }

    private static String month(FuzzyDate d) {
        return d == null ? null : d.toIso().replace('-', '.');
    }
}
