package cn.gridledger.logic.exchange;

import java.util.Map;

/**
 * One record as it travels: its stable id, the exchanged columns (text or null, references translated: see
 * {@code ExchangeTables.Ref}) and the key that decides its scope (a grid code, a household id, or a person's
 * household ids joined by commas).
 */
public record CanonicalRow(String uid, Map<String, String> fields, String scopeKey) {
}
