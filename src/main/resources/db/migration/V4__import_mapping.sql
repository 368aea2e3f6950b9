-- Column mappings the user saved in the import wizard (原表列 → 系统字段), offered again for files whose
-- header has the same signature (hash of the normalised, flattened header labels).
CREATE TABLE import_mapping (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE,
    roster_kind       TEXT NOT NULL,            -- CADRE / HOUSEHOLD
    header_signature  TEXT NOT NULL,
    header_labels     TEXT NOT NULL,            -- the labels, one per line, for showing what it was made from
    mapping           TEXT NOT NULL,            -- one line per column: index TAB field name (empty = 不导入)
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX import_mapping_signature ON import_mapping(header_signature);
