package cn.gridledger.logic.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.importer.MissingMember;
import cn.gridledger.logic.service.SubmittedQuarterGuard.DatedFact;
import cn.gridledger.logic.store.HouseholdRepository;
import cn.gridledger.logic.validate.MemberChangeRules;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.MemberDeparture;

/**
 * Inside the import's transaction: ends the members the user marked 迁出/死亡/其他 among those the file left
 * out of their households, with the same rules and status events as the household editor's 移除.
 */
final class ImportDepartures {

    private static final HouseholdRepository HOUSEHOLDS = new HouseholdRepository();

    private ImportDepartures() {
    }

    /**
     * @return what the audit summary adds, e.g. {@code ；确认移出 3 人（迁出 2、死亡 1）}, or "" when none
     * @throws UserFacingException when a choice names someone this import did not list, or breaks a rule
     */
    static String apply(Connection c, List<MissingMember> listed, List<MemberDeparture> chosen) throws SQLException {
        if (chosen.isEmpty()) {
            return "";
        }
        Map<Long, MissingMember> byId = listed.stream()
                .collect(Collectors.toMap(MissingMember::memberId, Function.identity(), (a, b) -> a));
        Map<String, Integer> counts = new TreeMap<>();
        LocalDate today = LocalDate.now();
        for (MemberDeparture d : chosen) {
            MissingMember m = byId.get(d.memberId());
            if (m == null) {
                throw new UserFacingException("要移出的成员已不在本次导入的“可能迁出/死亡”名单中（数据可能刚被修改），"
                        + "请重新预览后再导入。");
            }
            Map<String, String> errors = MemberChangeRules.checkDeparture(d.reason().label(), d.date().toString(),
                    fuzzy(m.since()), fuzzy(m.birthDate()), d.note(), today);
            if (!errors.isEmpty()) {
                throw new UserFacingException(m.name() + "（" + (m.hhNumber() == null ? "" : m.hhNumber() + " ")
                        + "户主 " + m.headName() + "）：" + String.join("", errors.values()));
            }
            if (!HOUSEHOLDS.endMember(c, m.householdId(), d)) {
                throw new UserFacingException(m.name() + "已不是该户的现有成员（可能刚在其他窗口被移出），"
                        + "请重新预览后再导入。");
            }
            counts.merge(d.reason().eventType(), 1, Integer::sum);
        }
        return "；确认移出 " + chosen.size() + " 人（" + counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("、")) + "）";
    }

    /**
     * The dated facts of the chosen departures, for the rule of #15 (each dated the day the user gave); choices
     * naming someone not listed are left to {@link #apply}, which refuses them.
     */
    static List<DatedFact> facts(List<MissingMember> listed, List<MemberDeparture> chosen) {
        List<DatedFact> out = new ArrayList<>();
        for (MemberDeparture d : chosen) {
            listed.stream().filter(m -> m.memberId() == d.memberId()).findFirst().ifPresent(m -> out.add(new DatedFact(
                    "成员", m.idNumber() != null && !m.idNumber().isBlank() ? m.idNumber() : String.valueOf(m.memberId()),
                    m.householdId(), (m.headName() == null ? "" : m.headName()) + "户 " + m.name() + " "
                            + d.reason().eventType(), d.date())));
        }
        return out;
    }

    private static FuzzyDate fuzzy(String iso) {
        return iso == null || iso.isBlank() ? null : FuzzyDate.parseIso(iso);
    }
}
