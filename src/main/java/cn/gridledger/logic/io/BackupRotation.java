package cn.gridledger.logic.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups to keep.
 * <ul>
 * <li>Manual copies (立即备份) are never deleted by rotation; only the user deletes them.</li>
 * <li>Automatic copies (daily, on exit): for each of the last 7 days that have one, the first and the
 * last of that day — a later copy never replaces the morning's, so a mistake made in the afternoon
 * still leaves the morning's data; then the newest of each of the 4 weeks before those.</li>
 * <li>Copies made before an import, a restore or a schema migration: 30 days, and the newest of each
 * of these kinds always (it is the way back from the last import or restore).</li>
 * <li>The newest backup of all is never deleted.</li>
 * </ul>
 */
public final class BackupRotation {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    public static final int SPECIAL_DAYS = 30;

    private BackupRotation() {
    }

    /** The backups that rotation deletes, given the time now; newest first. */
    public static List<BackupFile> toDelete(List<BackupFile> backups, LocalDateTime now) {
        List<BackupFile> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(BackupFile::createdAt).reversed());
        Set<BackupFile> keep = new HashSet<>();
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0));
        }
        keepSpecial(newestFirst, now, keep);
        keepAutomatic(newestFirst, keep);
        newestFirst.stream().filter(b -> b.kind() == BackupKind.MANUAL).forEach(keep::add);
        return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
    }

    private static void keepSpecial(List<BackupFile> newestFirst, LocalDateTime now, Set<BackupFile> keep) {
        Set<BackupKind> newestSeen = EnumSet.noneOf(BackupKind.class);
        for (BackupFile b : newestFirst) {
            if (b.kind().regular()) {
                continue;
            }
            if (newestSeen.add(b.kind()) || !b.createdAt().isBefore(now.minusDays(SPECIAL_DAYS))) {
                keep.add(b);
            }
        }
    }

    private static void keepAutomatic(List<BackupFile> newestFirst, Set<BackupFile> keep) {
        Map<LocalDate, List<BackupFile>> byDay = new LinkedHashMap<>();
        for (BackupFile b : newestFirst) {
            if (b.kind().regular() && b.kind() != BackupKind.MANUAL) {
                byDay.computeIfAbsent(b.createdAt().toLocalDate(), d -> new ArrayList<>()).add(b);
            }
        }
        List<LocalDate> days = new ArrayList<>(byDay.keySet());
        Set<String> dailyWeeks = new HashSet<>();
        for (LocalDate day : days.subList(0, Math.min(DAILY, days.size()))) {
            List<BackupFile> ofDay = byDay.get(day);
            keep.add(ofDay.get(0));
            keep.add(ofDay.get(ofDay.size() - 1));
            dailyWeeks.add(week(day));
        }
        Set<String> weekly = new LinkedHashSet<>();
        for (LocalDate day : days.subList(Math.min(DAILY, days.size()), days.size())) {
            String week = week(day);
            if (!dailyWeeks.contains(week) && weekly.size() < WEEKLY && weekly.add(week)) {
                keep.add(byDay.get(day).get(0));
            }
        }
    }

    private static String week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
