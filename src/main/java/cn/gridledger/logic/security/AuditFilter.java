package cn.gridledger.logic.security;

import java.time.LocalDate;

/**
 * What the administrator's audit browser asks for; null fields are not filtered on.
 *
 * @param text matched against summary, entity id and changed values
 */
public record AuditFilter(LocalDate from, LocalDate to, String who, AuditAction action, String entityType,
        String text, int limit) {

    public static AuditFilter latest(int limit) {
        return new AuditFilter(null, null, null, null, null, null, limit);
    }
}
