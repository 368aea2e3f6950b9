package cn.gridledger.logic.county;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.io.ZipEntries;
import cn.gridledger.logic.exchange.Keys;

/**
 * 县级汇总包 file format v1: a zip of manifest.json, township.sqlite (the township's database without accounts, audit
 * and exchange keys, see {@code SnapshotContent}) and signature (Ed25519 over the manifest's bytes; the manifest pins
 * the database's SHA-256). The database is streamed both ways: a township of 20,000 households is tens of megabytes.
 */
public final class SnapshotFormat {

    public static final String MANIFEST = "manifest.json";
    public static final String DATA = "township.sqlite";
    public static final String SIGNATURE = "signature";
    public static final String EXTENSION = ".glx";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SnapshotFormat() {
    }

    /** Writes the package of {@code database} (a finished, closed file) to {@code out}, signed. */
    public static void write(SnapshotManifest manifest, Path database, String privateKey, OutputStream out)
            throws IOException {
        SnapshotManifest signed = manifest.withDataSha256(sha256(database));
        byte[] manifestBytes = JSON.writeValueAsBytes(node(signed));
        byte[] signature = Base64.getEncoder().encode(Keys.sign(privateKey, manifestBytes));
        ZipOutputStream zip = new ZipOutputStream(out);
        put(zip, MANIFEST, manifestBytes);
        zip.putNextEntry(new ZipEntry(DATA));
        Files.copy(database, zip);
        zip.closeEntry();
        put(zip, SIGNATURE, signature);
        zip.finish();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Whether {@code file} is a 县级汇总包 rather than an exchange package (it names this format). */
    public static boolean isSnapshot(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(MANIFEST);
            if (e == null || zip.getEntry(DATA) == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(e)) {
                return SnapshotManifest.FORMAT.equals(JSON.readTree(in).path("format").asText());
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads and verifies a package, writing its database to {@code databaseOut}: a whole zip, this format and
     * version, the manifest's signature by the key it names, and the database's hash. Whether that key may speak
     * for the township is the caller's check.
     *
     * @throws UserFacingException in Chinese when the file is not a 县级汇总包, or is damaged, truncated or edited
     */
    public static SnapshotManifest read(Path file, Path databaseOut) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("找不到县级汇总包文件：" + file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] manifestBytes = ZipEntries.read(zip, MANIFEST, name);
            JsonNode m = JSON.readTree(manifestBytes);
            if (m == null || !SnapshotManifest.FORMAT.equals(m.path("format").asText())) {
                throw new UserFacingException("“" + name + "”不是县级汇总包。县里汇总用的是乡镇在“备份与设置 → 交换包”中"
                        + "导出的“县级汇总包”（与网格员笔记本之间交换的交换包不同）。");
            }
            int version = m.path("format_version").asInt(-1);
            if (version != SnapshotManifest.VERSION) {
                throw new UserFacingException("县级汇总包“" + name + "”的格式版本为 " + version + "，本程序只能读取第 "
                        + SnapshotManifest.VERSION + " 版；请把县里和乡镇的网格台账升级到同一版本。");
            }
            SnapshotManifest manifest = manifest(m);
            byte[] sig = Base64.getDecoder().decode(new String(ZipEntries.read(zip, SIGNATURE, name), StandardCharsets.US_ASCII).strip());
            if (!Keys.verify(manifest.publicKey(), manifestBytes, sig)) {
                throw tampered(name);
            }
            ZipEntry data = zip.getEntry(DATA);
            if (data == null) {
                throw new ZipException("missing " + DATA);
            }
            MessageDigest sha = digest();
            try (InputStream in = new DigestInputStream(zip.getInputStream(data), sha)) {
                Files.copy(in, databaseOut, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(manifest.dataSha256())) {
                throw tampered(name);
            }
            return manifest;
        } catch (UserFacingException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof java.nio.file.FileSystemException fs && !(e instanceof java.nio.file.NoSuchFileException)) {
                throw new UserFacingException("无法写入汇总数据：" + fs.getMessage() + "。请检查磁盘是否已满。", e);
            }
            throw new UserFacingException("县级汇总包不完整或已损坏：“" + name + "”（文件可能没有复制完整）。"
                    + "请让乡镇重新导出县级汇总包。", e);
        }
    }

    private static UserFacingException tampered(String name) {
        return new UserFacingException("县级汇总包已被修改，签名不符：“" + name + "”在导出后被改动过，不能导入。"
                + "请让乡镇重新导出县级汇总包。");
    }

    private static ObjectNode node(SnapshotManifest m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", SnapshotManifest.FORMAT);
        n.put("format_version", m.formatVersion());
        n.put("installation_id", m.installationId());
        n.put("public_key", m.publicKey());
        n.put("township_code", m.townshipCode());
        n.put("township_name", m.townshipName());
        n.put("county_name", m.countyName());
        n.put("snapshot_no", m.snapshotNo());
        n.put("created_at", m.createdAt());
        n.put("created_by", m.createdBy());
        n.put("schema_version", m.schemaVersion());
        n.put("households", m.households());
        n.put("members", m.members());
        n.put("data_sha256", m.dataSha256());
        return n;
    }

    private static SnapshotManifest manifest(JsonNode m) {
        return new SnapshotManifest(m.path("format_version").asInt(), text(m, "installation_id"), text(m, "public_key"),
                text(m, "township_code"), text(m, "township_name"), text(m, "county_name"), m.path("snapshot_no").asLong(),
                text(m, "created_at"), text(m, "created_by"), m.path("schema_version").asInt(),
                m.path("households").asLong(), m.path("members").asLong(), text(m, "data_sha256"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha = digest();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            Files.copy(file, sink);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
