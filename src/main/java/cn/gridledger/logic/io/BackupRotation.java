package cn.gridledger.logic.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: of the regular ones (daily, on exit, manual) the newest of each of the last 7
 * days that have one, and the newest of each of the 4 weeks before those; the copies made before an
 * import, a restore or a schema migration for 30 days. The newest backup is never deleted.
 */
public final class BackupRotation {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    public static final int SPECIAL_DAYS = 30;

    private BackupRotation() {
    }

    /** The backups that rotation deletes, given the time now. */
    public static List<BackupFile> toDelete(List<BackupFile> backups, LocalDateTime now) {
        List<BackupFile> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(BackupFile::createdAt).reversed());
        Set<BackupFile> keep = new HashSet<>();
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0));
        }
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<String> weeks = new LinkedHashSet<>();
        for (BackupFile b : newestFirst) {
            if (!b.kind().regular()) {
                if (!b.createdAt().isBefore(now.minusDays(SPECIAL_DAYS))) {
                    keep.add(b);
                }
                continue;
            }
            LocalDate day = b.createdAt().toLocalDate();
            if (days.size() < DAILY && days.add(day)) {
                keep.add(b);
                continue;
            }
            if (days.contains(day)) {
                continue;
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKLY && !weekOfKeptDay(days, week) && weeks.add(week)) {
                keep.add(b);
            }
        }
        return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
    }

    /** A week already represented by one of the kept daily copies does not need a weekly copy too. */
    private static boolean weekOfKeptDay(Set<LocalDate> days, String week) {
        return days.stream().anyMatch(d ->
                (d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).equals(week));
    }
}
