-- #15: 报送. A quarterly report handed to the county is kept as it was handed in: the exported file's
-- SHA-256, who submitted it and when, the 填报日期 its footer carried, and the table as rendered (gzip JSON
-- of the report's cells), so that exporting the quarter again reproduces it even after later edits.
-- village_code NULL: the whole township. One submitted version per quarter, report and scope.
CREATE TABLE quarter_submission (
    id            INTEGER PRIMARY KEY,
    quarter       TEXT NOT NULL,                 -- 2026Q3
    report_kind   TEXT NOT NULL,                 -- ReportKind code, e.g. grid-summary
    village_code  TEXT,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    submitted_by  TEXT NOT NULL,
    submitted_at  TEXT NOT NULL,
    fill_date     TEXT NOT NULL,                 -- YYYY-MM-DD, the footer's 填报日期
    masked        INTEGER NOT NULL DEFAULT 0,
    snapshot      BLOB NOT NULL
);
CREATE UNIQUE INDEX quarter_submission_one ON quarter_submission(quarter, report_kind, coalesce(village_code, ''));

-- A fact dated inside a submitted quarter, changed afterwards with the reason given. flagged_in NULL until a
-- later export that lists it in its 补充说明 is submitted (then: that submission).
CREATE TABLE late_edit (
    id            INTEGER PRIMARY KEY,
    fact_kind     TEXT NOT NULL,                 -- 农户 / 成员 / 户状态 / 防返贫监测
    record_id     TEXT NOT NULL,
    household_id  TEXT,
    fact_date     TEXT NOT NULL,                 -- YYYY-MM-DD (a month: its first day)
    quarter       TEXT NOT NULL,
    what          TEXT NOT NULL,                 -- for the note: 张三明户 李四 迁出日期
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    edited_by     TEXT NOT NULL,
    edited_at     TEXT NOT NULL,
    flagged_in    INTEGER REFERENCES quarter_submission(id)
);
CREATE INDEX late_edit_open ON late_edit(flagged_in, quarter);
