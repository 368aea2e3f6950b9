-- Accounts and the audit trail.
-- Passwords are stored only as Argon2id hashes (the encoded form carries salt and parameters).

CREATE TABLE app_user (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE,   -- what is typed at login
    display_name    TEXT NOT NULL,                         -- shown in the header and the audit log
    role            TEXT NOT NULL CHECK (role IN ('管理员', '网格员', '只读')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    failed_logins   INTEGER NOT NULL DEFAULT 0,            -- consecutive wrong passwords
    next_attempt_at TEXT,                                  -- no login attempt accepted before (slow-down / lock)
    must_change_password INTEGER NOT NULL DEFAULT 0,       -- set when an administrator resets it
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    last_login_at   TEXT
);

-- The grids a 网格员 may read and edit.
CREATE TABLE app_user_grid (
    user_id   INTEGER NOT NULL REFERENCES app_user(id),
    grid_id   INTEGER NOT NULL REFERENCES grid(id),
    PRIMARY KEY (user_id, grid_id)
);

-- Every create, update, delete, import, export, backup and restore; written in the same
-- transaction as the change it describes, never updated or deleted (the triggers below refuse it).
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    user_id      INTEGER,                 -- NULL for the command line and the program itself
    user_name    TEXT NOT NULL,           -- display name at the time
    action       TEXT NOT NULL,           -- 新增 / 修改 / 删除 / 导入 / 导出 / 备份 / 恢复 / 登录 …
    entity_type  TEXT NOT NULL,           -- 农户 / 人员 / 干部 / 用户 / 数据库 …
    entity_id    TEXT,
    summary      TEXT,
    changes      TEXT                     -- JSON array of {"field","oldValue","newValue"}
);
CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id);
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, '审计日志不可修改');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, '审计日志不可删除');
END;
