package cn.gridledger.logic.security;

import java.time.LocalDateTime;
import java.util.List;

/** One line of the audit log as read back. */
public record AuditEntry(long id, LocalDateTime at, String who, AuditAction action, String entityType,
        String entityId, String summary, List<FieldChange> changes) {

    public AuditEntry {
        changes = List.copyOf(changes);
    }
}
