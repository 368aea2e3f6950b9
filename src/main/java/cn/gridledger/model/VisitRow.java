package cn.gridledger.model;

import java.time.LocalDate;

/**
 * One line of the visit list: the visit with what the list shows of its households (户主 names joined,
 * e.g. 张三明、王五) and visitors. {@code overdue}: open and due before the day the list was read.
 */
public record VisitRow(String id, LocalDate date, String type, Long gridId, String grid, String village,
        String households, int householdCount, String visitors, String finding, boolean followUpNeeded,
        String followUp, LocalDate dueDate, boolean open, boolean overdue, String result, LocalDate closedDate,
        String createdBy) {
}
