-- #16 exchange packages (docs/decisions/exchange-packages.md).
-- Stable uids for the rows with integer ids that travel in packages: the same record has the same uid in every
-- database it reached. SQLite cannot ADD COLUMN with a non-constant default, so: the column, a random value for
-- existing rows, a unique index, and a trigger that fills the uid of a row inserted without one.

ALTER TABLE person ADD COLUMN uid TEXT;
UPDATE person SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX person_uid ON person(uid);
CREATE TRIGGER person_uid_fill AFTER INSERT ON person WHEN NEW.uid IS NULL
BEGIN
    UPDATE person SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE member ADD COLUMN uid TEXT;
UPDATE member SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX member_uid ON member(uid);
CREATE TRIGGER member_uid_fill AFTER INSERT ON member WHEN NEW.uid IS NULL
BEGIN
    UPDATE member SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE status_event ADD COLUMN uid TEXT;
UPDATE status_event SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX status_event_uid ON status_event(uid);
CREATE TRIGGER status_event_uid_fill AFTER INSERT ON status_event WHEN NEW.uid IS NULL
BEGIN
    UPDATE status_event SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE household_grid_history ADD COLUMN uid TEXT;
UPDATE household_grid_history SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX household_grid_history_uid ON household_grid_history(uid);
CREATE TRIGGER household_grid_history_uid_fill AFTER INSERT ON household_grid_history WHEN NEW.uid IS NULL
BEGIN
    UPDATE household_grid_history SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE household_status_history ADD COLUMN uid TEXT;
UPDATE household_status_history SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX household_status_history_uid ON household_status_history(uid);
CREATE TRIGGER household_status_history_uid_fill AFTER INSERT ON household_status_history WHEN NEW.uid IS NULL
BEGIN
    UPDATE household_status_history SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
END;

-- This installation: created on first use by the program (the keys are generated in Java, not here).
-- scope NULL = 全镇, else the grid codes of a grid worker's laptop joined by ','.
CREATE TABLE exchange_identity (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    installation_id  TEXT NOT NULL,
    name             TEXT NOT NULL,
    scope            TEXT,
    private_key      TEXT NOT NULL,            -- Ed25519 PKCS#8, base64
    public_key       TEXT NOT NULL,            -- Ed25519 X.509, base64
    copied_from      TEXT,                     -- installation id the file carried when `exchange init --copy` ran
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);

-- Installations packages were exchanged with; the key is pinned on first import (trust on first use).
CREATE TABLE exchange_partner (
    id               INTEGER PRIMARY KEY,
    installation_id  TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    public_key       TEXT NOT NULL,
    scope            TEXT,                     -- as its last package named it (NULL = 全镇)
    last_sent        INTEGER NOT NULL DEFAULT 0,   -- package_no of the last package exported to it
    last_received    INTEGER NOT NULL DEFAULT 0,   -- package_no of the last package imported from it
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);

-- Per partner and record: the state this side believes the partner has (canonical JSON of the exchanged fields).
CREATE TABLE exchange_base (
    partner_id  INTEGER NOT NULL REFERENCES exchange_partner(id),
    tbl         TEXT NOT NULL,
    uid         TEXT NOT NULL,
    json        TEXT NOT NULL,
    PRIMARY KEY (partner_id, tbl, uid)
) WITHOUT ROWID;

-- What package k sent to a partner (json NULL: a tombstone); becomes exchange_base when the partner acknowledges k.
CREATE TABLE exchange_sent (
    partner_id  INTEGER NOT NULL REFERENCES exchange_partner(id),
    package_no  INTEGER NOT NULL,
    tbl         TEXT NOT NULL,
    uid         TEXT NOT NULL,
    json        TEXT,
    PRIMARY KEY (partner_id, package_no, tbl, uid)
) WITHOUT ROWID;

-- The conflict inbox: a field changed on both sides since their common base. Mine is kept until resolved.
CREATE TABLE exchange_conflict (
    id           INTEGER PRIMARY KEY,
    partner_id   INTEGER NOT NULL REFERENCES exchange_partner(id),
    package_no   INTEGER NOT NULL,
    tbl          TEXT NOT NULL,
    uid          TEXT NOT NULL,             -- the local record's uid (household: its id)
    field        TEXT NOT NULL,             -- column name
    mine         TEXT,
    theirs       TEXT,
    their_user   TEXT,
    their_time   TEXT,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution   TEXT CHECK (resolution IN ('mine', 'theirs')),
    resolved_by  TEXT,
    resolved_at  TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX exchange_conflict_record ON exchange_conflict(tbl, uid, field, status);
