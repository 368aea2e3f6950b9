package cn.gridledger.logic.io;

/**
 * What a backup file holds, or why it cannot be restored.
 *
 * @param problem Chinese reason when not {@code ok}
 */
public record BackupCheck(boolean ok, String problem, String schemaVersion, String township, long households) {

    public static BackupCheck refused(String problem) {
        return new BackupCheck(false, problem, null, null, 0);
    }
}
