package cn.gridledger.logic.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.io.BackupCheck;
import cn.gridledger.logic.io.BackupFile;
import cn.gridledger.logic.security.AuditAction;
import cn.gridledger.logic.store.Database;

/**
 * Undoing an import (a roster, an exchange package) by putting back its pre-import backup, while the import is
 * still the latest change: every change is audited in its own transaction, so any audit entry after the import's
 * other than an export, a backup, a login or a refusal means someone changed data since. The database as it was
 * before the undo is kept as a 恢复前 backup, like a restore, and the undo itself is audited.
 */
final class ImportUndo {

    /** Audit actions that leave the data as it was: they do not stand in the way of undoing an import. */
    private static final Set<String> NOT_CHANGES = Set.of(AuditAction.EXPORT.label(), AuditAction.BACKUP.label(),
            AuditAction.LOGIN.label(), AuditAction.REFUSED.label());

    static final String CHANGED_SINCE = "导入后已有其他修改，不能撤销；如需恢复请到“备份与设置”";

    /** The import to undo: its audit entry, its pre-import backup, and how the undo's audit entry names it. */
    record Last(long auditId, Path backup, String fileName, String counts) {
    }

    private final Database db;
    private final AuditService audit;
    private final BackupService backup;

    ImportUndo(Database db, AuditService audit, BackupService backup) {
        this.db = db;
        this.audit = audit;
        this.backup = backup;
    }

    /** Null while the import is the latest change and its backup is there, else why it can no longer be undone. */
    String whyNot(Connection c, Last last) throws SQLException {
        for (String action : audit.actionsAfter(c, last.auditId())) {
            if (!NOT_CHANGES.contains(action)) {
                return CHANGED_SINCE;
            }
        }
        return Files.isRegularFile(last.backup()) ? null
                : "找不到导入前的备份 " + last.backup() + "，不能撤销；如需恢复请到“备份与设置”";
    }

    /**
     * Restores the backup, checked again under the write lock so that no change slips in between.
     *
     * @param entityType what the undo's audit entry is about (数据库, 交换包)
     * @param what       how the entry starts (撤销导入, 撤销交换包导入)
     * @throws UserFacingException with the reason when it is not allowed
     */
    void undo(Last last, String entityType, String what) {
        db.exclusively(() -> {
            String why = db.read(c -> whyNot(c, last));
            if (why != null) {
                throw new UserFacingException(why);
            }
            BackupCheck check = BackupService.verify(last.backup());
            if (!check.ok()) {
                throw new UserFacingException("导入前的备份无法使用（" + check.problem() + "），不能撤销；如需恢复请到“备份与设置”");
            }
            BackupFile keptAside = backup.backupBeforeUndo();
            db.replaceContentWith(last.backup());
            audit.recordNow(AuditAction.UNDO_IMPORT, entityType, last.fileName(), what + " " + last.fileName() + "（"
                    + last.counts() + "）：恢复到导入前备份 " + last.backup().getFileName() + "；撤销前的数据库保留在 "
                    + keptAside.path());
        });
    }
}
