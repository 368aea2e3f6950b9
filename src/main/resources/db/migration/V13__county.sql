-- #16 county consolidation (docs/decisions/county-consolidation.md).
-- A county office's installation keeps one read-only copy per township, each a whole database file beside its
-- own (<county file>.townships/<township code>.db), replaced by the township's newer 县级汇总包.

-- This installation as a county office (absent on a township's or a grid worker's computer).
CREATE TABLE county_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,                 -- e.g. 安平县
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);

-- The townships whose snapshots this county holds; the township's key is pinned on its first snapshot.
CREATE TABLE county_township (
    code             TEXT PRIMARY KEY,          -- 9-digit township code
    name             TEXT NOT NULL,
    installation_id  TEXT NOT NULL,
    public_key       TEXT NOT NULL,
    file             TEXT NOT NULL,             -- the copy's file name in the townships folder
    snapshot_no      INTEGER NOT NULL,          -- the township's sequence number of the snapshot held
    exported_at      TEXT NOT NULL,
    exported_by      TEXT,
    households       INTEGER NOT NULL,
    members          INTEGER NOT NULL,
    imported_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
) WITHOUT ROWID;
