package cn.gridledger.logic.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import cn.gridledger.logic.store.exchange.ExchangeTables.Column;
import cn.gridledger.logic.store.exchange.ExchangeTables.Table;

/**
 * What this side believes a partner has of one record (exchange_base, or a row of exchange_sent): the record's
 * canonical fields, or only the SHA-256 of their canonical JSON. A hash is kept where no merge needs the values
 * (records outside the laptop's grids, docs/decisions/exchange-packages.md "What the base keeps"): it still tells
 * whether a record changed since, and which of two states the base was. The fields are canonical: grid codes
 * normalized to this database's, as the callers compare them.
 */
public final class BaseRow {

    private final Map<String, String> fields;
    private final byte[] hash;

    private BaseRow(Map<String, String> fields, byte[] hash) {
        this.fields = fields;
        this.hash = hash;
    }

    /** @param fields canonical, grid codes normalized */
    public static BaseRow full(Map<String, String> fields) {
        return new BaseRow(fields, null);
    }

    public static BaseRow hashOnly(byte[] hash) {
        return new BaseRow(null, hash.clone());
    }

    /** The fields, or null when only the hash is kept. */
    public Map<String, String> fields() {
        return fields;
    }

    public boolean isFull() {
        return fields != null;
    }

    /** The hash as kept, null for a full row (which keeps none). */
    public byte[] storedHash() {
        return hash == null ? null : hash.clone();
    }

    /** The hash of the record's state (worked out from the fields of a full row). */
    public byte[] hash(Table t) {
        return hash != null ? hash.clone() : of(t, fields);
    }

    /** This row with its fields normalized (grid codes as they are now); a hash-only row as it is. */
    public BaseRow normalized(java.util.function.UnaryOperator<Map<String, String>> normalize) {
        return isFull() ? full(normalize.apply(fields)) : this;
    }

    /** This row as a hash-only row. */
    public BaseRow toHash(Table t) {
        return isFull() ? hashOnly(of(t, fields)) : this;
    }

    /**
     * Whether the record's state is this base. {@code state} and a full row's fields are compared as the caller
     * normalized them; a hash-only row was normalized when it was written.
     */
    public boolean same(Table t, Map<String, String> state) {
        return isFull() ? fields.equals(state) : MessageDigest.isEqual(hash, of(t, state));
    }

    /**
     * SHA-256 of the fields in the table's column order, each as a marker byte (0 null, 1 a value) and for a value
     * its UTF-8 length (4 bytes) and bytes: canonical like the JSON, but without building it (an export hashes
     * every record of the township).
     */
    public static byte[] of(Table t, Map<String, String> fields) {
        MessageDigest d = sha256();
        for (Column c : t.columns()) {
            String v = fields.get(c.name());
            if (v == null) {
                d.update((byte) 0);
            } else {
                byte[] b = v.getBytes(StandardCharsets.UTF_8);
                d.update((byte) 1);
                d.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length});
                d.update(b);
            }
        }
        return d.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
