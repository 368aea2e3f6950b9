package cn.gridledger.logic.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A rendered report frozen as gzip JSON (#15 报送): title, info row, header tree, every row with its cells,
 * notes and footer, so that a submitted quarter exports again exactly as it was handed in. Cells keep their
 * Java type, since the workbook writer formats by it: text and whole numbers as JSON strings and integers,
 * a Double as {@code {"d":…}}, a BigDecimal as {@code {"b":"12.50"}} (its scale is what prints).
 */
public final class TableSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TableSnapshot() {
    }

    /** Reads every row of {@code table} (its rows are streamed, so call this once) into the frozen form. */
    public static byte[] freeze(ReportTable table) {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", table.kind().code());
        root.put("title", table.title());
        root.put("issuer", table.issuer());
        root.put("asOf", table.asOf());
        root.put("unit", table.unit());
        ArrayNode header = root.putArray("header");
        table.header().forEach(c -> header.add(column(c)));
        ArrayNode rows = root.putArray("rows");
        table.rows().forEach(Integer.MAX_VALUE, r -> {
            ObjectNode row = rows.addObject();
            row.put("k", r.kind().name());
            ArrayNode cells = row.putArray("c");
            r.cells().forEach(v -> cells.add(cell(v)));
        });
        ArrayNode notes = root.putArray("notes");
        table.notes().forEach(notes::add);
        Footer f = table.footer();
        ObjectNode footer = root.putObject("footer");
        footer.put("preparer", f.preparer());
        footer.put("reviewer", f.reviewer());
        footer.put("phone", f.phone());
        footer.put("fillDate", f.fillDate() == null ? null : f.fillDate().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            JSON.writeValue(gz, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The report as it was frozen; its rows come from memory. */
    public static ReportTable thaw(byte[] frozen) {
        JsonNode root;
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(frozen))) {
            root = JSON.readTree(gz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReportKind kind = ReportKind.byCode(root.get("kind").asText()).orElseThrow();
        List<Column> header = new ArrayList<>();
        root.get("header").forEach(c -> header.add(column(c)));
        List<ReportRow> rows = new ArrayList<>();
        for (JsonNode r : root.get("rows")) {
            List<Object> cells = new ArrayList<>();
            r.get("c").forEach(v -> cells.add(cell(v)));
            rows.add(ReportRow.of(ReportRow.Kind.valueOf(r.get("k").asText()), cells.toArray()));
        }
        List<String> notes = new ArrayList<>();
        root.get("notes").forEach(n -> notes.add(n.asText()));
        JsonNode f = root.get("footer");
        JsonNode fill = f.get("fillDate");
        Footer footer = new Footer(text(f, "preparer"), text(f, "reviewer"), text(f, "phone"),
                fill == null || fill.isNull() ? null : LocalDate.parse(fill.asText()));
        return new ReportTable(kind, text(root, "title"), text(root, "issuer"), text(root, "asOf"), text(root, "unit"),
                header, RowSource.of(rows), List.copyOf(notes), footer);
    }

    private static ObjectNode column(Column c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("label", c.label());
        n.put("kind", c.kind().name());
        n.put("width", c.width());
        if (c.isGroup()) {
            ArrayNode children = n.putArray("children");
            c.children().forEach(child -> children.add(column(child)));
        }
        return n;
    }

    private static Column column(JsonNode n) {
        List<Column> children = new ArrayList<>();
        if (n.has("children")) {
            n.get("children").forEach(child -> children.add(column(child)));
        }
        return new Column(n.get("label").asText(), CellKind.valueOf(n.get("kind").asText()), n.get("width").asInt(),
                children);
    }

    private static JsonNode cell(Object v) {
        if (v == null) {
            return JSON.nullNode();
        }
        if (v instanceof String s) {
            return JSON.getNodeFactory().textNode(s);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            return JSON.getNodeFactory().numberNode(((Number) v).longValue());
        }
        if (v instanceof BigDecimal b) {
            return JSON.createObjectNode().put("b", b.toPlainString());
        }
        if (v instanceof Number n) {
            return JSON.createObjectNode().put("d", n.doubleValue());
        }
        // nothing else is put in report cells; what prints for it is its text
        return JSON.getNodeFactory().textNode(v.toString());
    }

    private static Object cell(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (n.has("b")) {
            return new BigDecimal(n.get("b").asText());
        }
        return n.get("d").asDouble();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
