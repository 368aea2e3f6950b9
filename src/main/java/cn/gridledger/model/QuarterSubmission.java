package cn.gridledger.model;

import java.time.LocalDate;

/**
 * One report of a quarter as it was handed to the county (报送, #15): which report ({@code reportKind} is its
 * command-line code), for the township ({@code villageCode} null) or one village, the file and its SHA-256,
 * who submitted it and when ({@code submittedAt} local time, {@code 2026-10-08T09:30:00}), and the
 * 填报日期 its footer carried.
 */
public record QuarterSubmission(long id, Quarter quarter, String reportKind, String villageCode, String fileName,
        String sha256, String submittedBy, String submittedAt, LocalDate fillDate, boolean masked) {

    /** The first 12 hex digits, as the export page shows them. */
    public String shortSha256() {
        return sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
    }

    /** The day part of {@code submittedAt}. */
    public String submittedOn() {
        return submittedAt.length() >= 10 ? submittedAt.substring(0, 10) : submittedAt;
    }
}
