package cn.gridledger.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.importer.MissingMember;
import cn.gridledger.model.MemberDeparture;
import cn.gridledger.model.code.DepartureReason;

/**
 * What {@code --missing}, {@code --missing-date}, {@code --missing-who} and {@code --missing-note} decide for
 * the members a re-imported ledger no longer lists: one reason and day for all of them, or for the few named.
 */
record MissingChoice(DepartureReason reason, LocalDate date, List<String> who, String note) {

    /** A --missing value the import cannot act on; nothing has been written. */
    static final class Refused extends UserFacingException {
        Refused(String message) {
            super(message);
        }
    }

    static MissingChoice parse(String reason, String date, List<String> who, String note) {
        DepartureReason r = DepartureReason.match(reason).filter(x -> x != DepartureReason.分户)
                .orElseThrow(() -> new Refused("--missing 只能是 迁出、死亡 或 其他（“" + reason
                        + "”不行；分户请在农户编辑中办理）。"));
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new Refused("--missing-date 要写成 年-月-日，例如 2026-11-30（“" + date + "”看不懂）。");
        }
        if (day.isAfter(LocalDate.now())) {
            throw new Refused("--missing-date 不能晚于今天（" + day + "）。");
        }
        List<String> names = who == null ? List.of() : who.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new MissingChoice(r, day, names, note == null || note.isBlank() ? null : note.trim());
    }

    /**
     * The departures for the listed members: all of them, or those whose 身份证号 or 姓名 --missing-who names.
     *
     * @throws Refused when --missing-who names someone the file did not leave out
     */
    List<MemberDeparture> pick(List<MissingMember> listed) {
        List<MemberDeparture> chosen = new ArrayList<>();
        for (MissingMember m : listed) {
            if (who.isEmpty() || who.stream().anyMatch(w -> matches(w, m))) {
                chosen.add(new MemberDeparture(m.memberId(), reason, date, note));
            }
        }
        List<String> unknown = who.stream().filter(w -> listed.stream().noneMatch(m -> matches(w, m))).toList();
        if (!unknown.isEmpty()) {
            throw new Refused("--missing-who 中的 " + String.join("、", unknown)
                    + " 不在“可能迁出/死亡”名单中（名单见不加 --missing 导入时的输出），本次未导入任何数据。");
        }
        return chosen;
    }

    private static boolean matches(String who, MissingMember m) {
        return who.equals(m.name()) || (m.idNumber() != null && who.equalsIgnoreCase(m.idNumber()));
    }
}
