-- #16 exchange packages: a hash-only base for records outside a laptop's grids (docs/decisions/exchange-packages.md,
-- "What the base keeps"). A base or sent row holds either the record's canonical JSON (json) or only the SHA-256 of
-- that JSON (hash, 32 bytes): a laptop changes only its own grids, so the field values of every other record of the
-- township are never merged, only compared. A sent row with neither is a tombstone. SQLite cannot drop NOT NULL, so
-- exchange_base is rebuilt; rows written before keep their JSON (read as they are; the next export makes those
-- outside the scope hashes).

CREATE TABLE exchange_base_v15 (
    partner_id  INTEGER NOT NULL REFERENCES exchange_partner(id),
    tbl         TEXT NOT NULL,
    uid         TEXT NOT NULL,
    json        TEXT,
    hash        BLOB,
    PRIMARY KEY (partner_id, tbl, uid),
    CHECK (json IS NOT NULL OR hash IS NOT NULL)
) WITHOUT ROWID;
INSERT INTO exchange_base_v15 (partner_id, tbl, uid, json) SELECT partner_id, tbl, uid, json FROM exchange_base;
DROP TABLE exchange_base;
ALTER TABLE exchange_base_v15 RENAME TO exchange_base;

ALTER TABLE exchange_sent ADD COLUMN hash BLOB;
