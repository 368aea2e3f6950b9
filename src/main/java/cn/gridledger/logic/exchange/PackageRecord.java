package cn.gridledger.logic.exchange;

import java.util.Map;

/**
 * A record in a package: the sender's state ({@code row}, null for a tombstone: deleted there) and the sender's
 * base for the receiver (null when it has none), which a receiver without a base of its own merges against.
 */
public record PackageRecord(String uid, Map<String, String> row, Map<String, String> base) {

    public boolean deleted() {
        return row == null;
    }
}
