package cn.gridledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the visit log (走访记录): when, which households, who went, what kind, what was found,
 * and the follow-up item (办理事项) with its due date, open until closed with a result and date.
 *
 * @param gridId     the grid of the first household when recorded (who may see and change it)
 * @param households household ids, at least one
 * @param visitors   who went, at least one
 */
public record Visit(
        String id,
        LocalDate date,
        String type,
        Long gridId,
        List<String> households,
        List<Visitor> visitors,
        String finding,
        boolean followUpNeeded,
        String followUp,
        LocalDate dueDate,
        boolean open,
        String result,
        LocalDate closedDate,
        String createdBy) {

    public Visit {
        households = List.copyOf(households);
        visitors = List.copyOf(visitors);
    }

    /** Who went: a cadre of the cadre records ({@code personId}) or only a name. */
    public record Visitor(Long personId, String name) {
    }

    /** An open follow-up whose due date lies before {@code today}. */
    public boolean overdue(LocalDate today) {
        return open && dueDate != null && dueDate.isBefore(today);
    }
}
