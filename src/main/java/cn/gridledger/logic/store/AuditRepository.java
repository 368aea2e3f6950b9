package cn.gridledger.logic.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.security.AuditEntry;
import cn.gridledger.logic.security.AuditFilter;
import cn.gridledger.logic.security.FieldChange;

/**
 * The append-only audit log. {@link #insert} takes the caller's connection so that the record is part of
 * the same transaction as the change it describes; triggers in the schema refuse updates and deletes.
 */
public final class AuditRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    public long insert(Connection c, Long userId, String userName, AuditAction action, String entityType,
            String entityId, String summary, List<FieldChange> changes) throws SQLException {
        return Queries.insert(c, """
                INSERT INTO audit_log (at, user_id, user_name, action, entity_type, entity_id, summary, changes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, LocalDateTime.now().withNano(0).toString(), userId, userName, action.label(), entityType,
                entityId, summary, changes == null || changes.isEmpty() ? null : toJson(changes));
    }

    /** The id of the newest entry, 0 when the log is empty. */
    public long latestId(Connection c) throws SQLException {
        return Queries.count(c, "SELECT coalesce(max(id), 0) FROM audit_log");
    }

    /** The action labels of the entries after {@code id}, oldest first. */
    public List<String> actionsAfter(Connection c, long id) throws SQLException {
        return Queries.list(c, "SELECT action FROM audit_log WHERE id > ? ORDER BY id", rs -> rs.getString(1), id);
    }

    /** The newest entry of an action on a kind of record, or null. */
    public AuditEntry latest(Connection c, AuditAction action, String entityType) throws SQLException {
        return Queries.one(c, "SELECT * FROM audit_log WHERE action = ? AND entity_type = ? ORDER BY id DESC LIMIT 1",
                AuditRepository::entry, action.label(), entityType);
    }

    /** One record's history, newest first. */
    public List<AuditEntry> history(Connection c, String entityType, String entityId) throws SQLException {
        return Queries.list(c, """
                SELECT * FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC
                """, AuditRepository::entry, entityType, entityId);
    }

    /** The log filtered for the administrator's browser, newest first. */
    public List<AuditEntry> search(Connection c, AuditFilter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.from() != null) {
            sql.append(" AND at >= ?");
            args.add(f.from().toString());
        }
        if (f.to() != null) {
            sql.append(" AND at < ?");
            args.add(f.to().plusDays(1).toString());
        }
        if (f.who() != null && !f.who().isBlank()) {
            sql.append(" AND user_name LIKE ?");
            args.add("%" + f.who().trim() + "%");
        }
        if (f.action() != null) {
            sql.append(" AND action = ?");
            args.add(f.action().label());
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            sql.append(" AND entity_type = ?");
            args.add(f.entityType());
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" AND (summary LIKE ? OR entity_id LIKE ? OR changes LIKE ?)");
            String like = "%" + f.text().trim() + "%";
            args.add(like);
            args.add(like);
            args.add(like);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(f.limit() > 0 ? f.limit() : 500);
        return Queries.list(c, sql.toString(), AuditRepository::entry, args.toArray());
    }

    public List<String> entityTypes(Connection c) throws SQLException {
        return Queries.list(c, "SELECT DISTINCT entity_type FROM audit_log ORDER BY entity_type", rs -> rs.getString(1));
    }

    private static final String HOUSEHOLD_NAME = """
            SELECT coalesce((SELECT p.name FROM member m JOIN person p ON p.id = m.person_id
                             WHERE m.household_id = h.id AND m.relation = '户主' ORDER BY m.seq LIMIT 1), '（无户主）')
                   || CASE WHEN h.hh_number IS NULL OR h.hh_number = '' THEN '' ELSE '（户编号 ' || h.hh_number || '）' END
            FROM household h WHERE h.id = ?
            """;

    /**
     * What a log entry is about, as a person reads it: 户主姓名（户编号 …） for a household or its monitoring
     * record, the name for a cadre, code and name for a grid, the account's name for a user; null when the
     * record is unknown (then its id is shown). Deleted households are still named.
     */
    public String recordName(Connection c, String entityType, String entityId) throws SQLException {
        if (entityId == null || entityId.isBlank()) {
            return null;
        }
        return switch (entityType) {
            case "农户" -> Queries.string(c, HOUSEHOLD_NAME, entityId);
            case "防返贫监测" -> Queries.string(c, HOUSEHOLD_NAME.replace("WHERE h.id = ?",
                    "WHERE h.id = (SELECT household_id FROM monitoring WHERE id = ?)"), entityId);
            case "干部" -> Queries.string(c, "SELECT name FROM person WHERE id = ?", entityId);
            case "网格" -> Queries.string(c, "SELECT code || ' ' || name FROM grid WHERE id = ?", entityId);
            case "用户" -> Queries.string(c, "SELECT display_name FROM app_user WHERE id = ?", entityId);
            default -> null;
        };
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), LocalDateTime.parse(rs.getString("at")), rs.getString("user_name"),
                AuditAction.ofLabel(rs.getString("action")), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("summary"), fromJson(rs.getString("changes")));
    }

    private static String toJson(List<FieldChange> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes not serialisable", e);
        }
    }

    private static List<FieldChange> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            return List.of(new FieldChange("（无法读取的变更记录）", null, json));
        }
    }
}
