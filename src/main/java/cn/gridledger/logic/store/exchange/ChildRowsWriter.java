package cn.gridledger.logic.store.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.store.Queries;
import cn.gridledger.logic.store.exchange.ExchangeTables.Children;
import cn.gridledger.logic.store.exchange.ExchangeTables.Column;

/**
 * Writes a record's child rows from their canonical value, a JSON array with one array per row holding the
 * {@link Children#columns()} in order (as the table's select builds it): the old rows go, the new ones are
 * inserted in the array's order, references translated like the parent's.
 */
final class ChildRowsWriter {

    /** Translates one canonical value to this database's (ExchangeStore's resolve). */
    interface Resolver {
        Object resolve(Connection c, Column col, String value, Map<String, String> row) throws SQLException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Resolver resolver;

    ChildRowsWriter(Resolver resolver) {
        this.resolver = resolver;
    }

    /** @param json null: only removes the rows (the parent is deleted) */
    void replace(Connection c, Children ch, String parentId, String json) throws SQLException {
        Queries.update(c, "DELETE FROM " + ch.table() + " WHERE " + ch.parentColumn() + " = ?", parentId);
        if (json == null) {
            return;
        }
        StringJoiner cols = new StringJoiner(", ", "(", ")");
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        cols.add(ch.parentColumn());
        cols.add(ch.orderColumn());
        marks.add("?").add("?");
        for (Column col : ch.columns()) {
            cols.add(col.name());
            marks.add("?");
        }
        String sql = "INSERT INTO " + ch.table() + " " + cols + " VALUES " + marks;
        int order = 0;
        for (List<String> row : rows(json)) {
            List<Object> args = new ArrayList<>();
            args.add(parentId);
            args.add(order++);
            for (int i = 0; i < ch.columns().size(); i++) {
                args.add(resolver.resolve(c, ch.columns().get(i), i < row.size() ? row.get(i) : null, Map.of()));
            }
            Queries.update(c, sql, args.toArray());
        }
    }

    /** The rows of a canonical child value ({@code [["a", null], …]}); empty for null. */
    static List<List<String>> rows(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<List<String>> out = new ArrayList<>();
            for (JsonNode row : JSON.readTree(json)) {
                List<String> values = new ArrayList<>();
                row.forEach(v -> values.add(v.isNull() ? null : v.asText()));
                out.add(values);
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new UserFacingException("交换包中的子记录格式不对（" + json + "），交换包可能已损坏。");
        }
    }
}
