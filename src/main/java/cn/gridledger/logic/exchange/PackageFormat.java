package cn.gridledger.logic.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.io.ZipEntries;

/**
 * Exchange package file format v1: a zip of manifest.json, data.json.gz and signature (Ed25519 over the
 * manifest's bytes; the manifest pins the data's SHA-256). See docs/decisions/exchange-packages.md.
 */
public final class PackageFormat {

    public static final String MANIFEST = "manifest.json";
    public static final String DATA = "data.json.gz";
    public static final String SIGNATURE = "signature";
    public static final String EXTENSION = ".glx";

    static final String DAMAGED = "交换包不完整或已损坏";
    static final String TAMPERED = "交换包已被修改，签名不符";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private PackageFormat() {
    }

    // ------------------------------------------------------------------------------------------- writing

    /** The bytes of a whole package, signed with the sender's private key. */
    public static byte[] encode(Manifest manifest, List<PackageGrid> grids, Map<String, List<PackageRecord>> tables,
            String privateKey) {
        try {
            byte[] data = data(grids, tables);
            Manifest signed = manifest.withDataSha256(Keys.sha256(data));
            byte[] manifestBytes = JSON.writeValueAsBytes(manifestNode(signed));
            byte[] signature = Base64.getEncoder().encode(Keys.sign(privateKey, manifestBytes));
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 4096);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, MANIFEST, manifestBytes, ZipEntry.DEFLATED);
                put(zip, DATA, data, ZipEntry.STORED); // gzip already
                put(zip, SIGNATURE, signature, ZipEntry.DEFLATED);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode exchange package", e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, int method) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(method);
        if (method == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            e.setSize(bytes.length);
            e.setCompressedSize(bytes.length);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    static ObjectNode manifestNode(Manifest m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", Manifest.FORMAT);
        n.put("format_version", m.formatVersion());
        n.put("installation_id", m.installationId());
        n.put("name", m.name());
        n.put("public_key", m.publicKey());
        n.put("to_installation_id", m.toInstallationId());
        n.put("to_name", m.toName());
        n.put("township_code", m.townshipCode());
        n.put("township_name", m.townshipName());
        if (m.scope() == null) {
            n.put("scope", Manifest.WHOLE_TOWNSHIP);
        } else {
            ArrayNode scope = n.putArray("scope");
            m.scope().forEach(scope::add);
        }
        n.put("package_no", m.packageNo());
        n.put("ack", m.ack());
        n.put("created_at", m.createdAt());
        n.put("created_by", m.createdBy());
        ObjectNode counts = n.putObject("counts");
        m.counts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> counts.put(e.getKey(), e.getValue()));
        n.put("data_sha256", m.dataSha256());
        if (m.schemaVersion() > 0) {
            n.put("schema_version", m.schemaVersion());
        }
        return n;
    }

    /**
     * data.json.gz, streamed record by record into the gzip: a township's first package to a laptop holds every
     * record (740,000 for 50,000 households), whose JSON tree and uncompressed bytes would take gigabytes of heap.
     */
    private static byte[] data(List<PackageGrid> grids, Map<String, List<PackageRecord>> tables) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator g = COMPACT.getFactory().createGenerator(new GZIPOutputStream(out, 1 << 16))) {
            g.writeStartObject();
            g.writeArrayFieldStart("grids");
            for (PackageGrid grid : grids) {
                g.writeStartObject();
                g.writeStringField("code", grid.code());
                g.writeStringField("name", grid.name());
                g.writeStringField("grid_type", grid.gridType());
                g.writeStringField("village_code", grid.villageCode());
                g.writeStringField("covered_groups", grid.coveredGroups());
                g.writeStringField("since", grid.since());
                g.writeStringField("deleted_at", grid.deletedAt());
                g.writeArrayFieldStart("old_codes");
                for (String old : grid.oldCodes()) {
                    g.writeString(old);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("tables");
            for (Map.Entry<String, List<PackageRecord>> e : tables.entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (PackageRecord r : e.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("uid", r.uid());
                    if (r.deleted()) {
                        g.writeBooleanField("deleted", true);
                    } else {
                        writeFields(g, "row", r.row());
                    }
                    if (r.base() != null) {
                        writeFields(g, "base", r.base());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void writeFields(JsonGenerator g, String name, Map<String, String> row) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> f : row.entrySet()) {
            g.writeStringField(f.getKey(), f.getValue());
        }
        g.writeEndObject();
    }

    private static ObjectNode fields(Map<String, String> row) {
        ObjectNode o = COMPACT.createObjectNode();
        row.forEach(o::put);
        return o;
    }

    /** Canonical JSON of a row's fields, as stored in exchange_base and exchange_sent. */
    public static String rowJson(Map<String, String> row) {
        try {
            return COMPACT.writeValueAsString(fields(row));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> parseRow(String json) {
        try {
            return fieldsOf(COMPACT.readTree(json));
        } catch (IOException e) {
            throw new IllegalStateException("stored exchange row is not JSON: " + json, e);
        }
    }

    private static Map<String, String> fieldsOf(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- reading

    /**
     * Reads and verifies a package: a whole zip, a known format version, the manifest's signature by the key it
     * names, and the data's hash. Whether that key and sender are acceptable here is the caller's check.
     *
     * @throws UserFacingException in Chinese when the file is damaged, truncated, edited or of another format
     */
    public static ExchangePackage read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("找不到交换包文件：" + file);
        }
        byte[] manifestBytes;
        byte[] data;
        byte[] signature;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            manifestBytes = ZipEntries.read(zip, MANIFEST, name);
            refuseCountySnapshot(manifestBytes, name);
            data = ZipEntries.read(zip, DATA, name);
            signature = ZipEntries.read(zip, SIGNATURE, name);
        } catch (IOException e) {
            throw damaged(name, e);
        }
        JsonNode m;
        try {
            m = JSON.readTree(manifestBytes);
        } catch (IOException e) {
            throw tampered(name, e);
        }
        if (m == null || !Manifest.FORMAT.equals(m.path("format").asText())) {
            throw new UserFacingException("“" + name + "”不是网格台账的交换包（没有交换包清单）。");
        }
        int version = m.path("format_version").asInt(-1);
        if (version != Manifest.VERSION) {
            throw new UserFacingException("交换包“" + name + "”的格式版本为 " + version + "，本程序只能读取第 "
                    + Manifest.VERSION + " 版；请把双方的网格台账升级到同一版本后再导出、导入。");
        }
        Manifest manifest = manifest(m);
        int mine = Manifest.programSchema();
        if (mine > 0 && manifest.schemaVersion() > mine) { // it may carry fields this program does not know
            throw new UserFacingException("交换包“" + name + "”来自更新版本的网格台账（“" + manifest.name() + "”的数据库结构版本 "
                    + manifest.schemaVersion() + "，本机为 " + mine + "），本机的程序太旧，不能导入：请先把本机的网格台账升级到新版本，"
                    + "再导入此交换包。");
        }
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(new String(signature, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw tampered(name, e);
        }
        if (!Keys.verify(manifest.publicKey(), manifestBytes, sig) || !Keys.sha256(data).equals(manifest.dataSha256())) {
            throw tampered(name, null);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            JsonNode root = COMPACT.readTree(in);
            return new ExchangePackage(manifest, grids(root.path("grids")), tables(root.path("tables")));
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        }
    }

    private static void refuseCountySnapshot(byte[] manifestBytes, String name) {
        String format;
        try {
            format = JSON.readTree(manifestBytes).path("format").asText();
        } catch (IOException e) {
            return; // the signature check below reports it
        }
        if (Manifest.COUNTY_SNAPSHOT_FORMAT.equals(format)) {
            throw new UserFacingException("“" + name + "”是乡镇发给县里的县级汇总包，不是交换包：请在县里汇总用的网格台账中"
                    + "导入（县级汇总 → 导入县级汇总包）。");
        }
    }

    private static UserFacingException damaged(String name, Exception cause) {
        return new UserFacingException(DAMAGED + "：“" + name + "”（文件可能没有复制完整）。请让对方重新导出交换包后再导入。", cause);
    }

    private static UserFacingException tampered(String name, Exception cause) {
        return new UserFacingException(TAMPERED + "：“" + name + "”在导出后被改动过，不能导入。请让对方重新导出交换包。", cause);
    }

    private static Manifest manifest(JsonNode m) {
        JsonNode scopeNode = m.path("scope");
        List<String> scope = null;
        if (scopeNode.isArray()) {
            scope = new ArrayList<>();
            for (JsonNode s : scopeNode) {
                scope.add(s.asText());
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        m.path("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        return new Manifest(m.path("format_version").asInt(), text(m, "installation_id"), text(m, "name"),
                text(m, "public_key"), text(m, "to_installation_id"), text(m, "to_name"), text(m, "township_code"),
                text(m, "township_name"), scope, m.path("package_no").asLong(), m.path("ack").asLong(),
                text(m, "created_at"), text(m, "created_by"), counts, text(m, "data_sha256"),
                m.path("schema_version").asInt(0)); // absent in packages of older programs
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<PackageGrid> grids(JsonNode array) {
        List<PackageGrid> out = new ArrayList<>();
        for (JsonNode g : array) {
            List<String> old = new ArrayList<>();
            g.path("old_codes").forEach(o -> old.add(o.asText()));
            out.add(new PackageGrid(text(g, "code"), text(g, "name"), text(g, "grid_type"), text(g, "village_code"),
                    text(g, "covered_groups"), text(g, "since"), text(g, "deleted_at"), old));
        }
        return out;
    }

    private static Map<String, List<PackageRecord>> tables(JsonNode tables) {
        Map<String, List<PackageRecord>> out = new LinkedHashMap<>();
        tables.fields().forEachRemaining(e -> {
            List<PackageRecord> rows = new ArrayList<>();
            for (JsonNode r : e.getValue()) {
                String uid = text(r, "uid");
                if (uid == null) {
                    throw new IllegalArgumentException("record without uid in " + e.getKey());
                }
                Map<String, String> base = r.has("base") ? fieldsOf(r.get("base")) : null;
                rows.add(new PackageRecord(uid, r.path("deleted").asBoolean(false) ? null : fieldsOf(r.path("row")), base));
            }
            out.put(e.getKey(), rows);
        });
        return out;
    }
}
