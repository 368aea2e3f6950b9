-- #15: dated 户类型, 低保 and 特困供养, so a report for a past quarter uses the value that held on its last day.
-- field is 'hh_type', 'dibao' or 'tekun' (the household column it dates); value is that column's text;
-- valid_to is the first day the value no longer held (NULL: still holds), like household_grid_history.
CREATE TABLE household_status_history (
    id            INTEGER PRIMARY KEY,
    household_id  TEXT NOT NULL REFERENCES household(id),
    field         TEXT NOT NULL CHECK (field IN ('hh_type', 'dibao', 'tekun')),
    value         TEXT NOT NULL,
    valid_from    TEXT NOT NULL,
    valid_to      TEXT
);
CREATE INDEX household_status_history_hh ON household_status_history(household_id, field);

-- Existing households: today's values held since the household did (or always, when it has no since).
INSERT INTO household_status_history (household_id, field, value, valid_from)
SELECT id, 'hh_type', hh_type, COALESCE(since, '0000-01-01') FROM household;
INSERT INTO household_status_history (household_id, field, value, valid_from)
SELECT id, 'dibao', CAST(dibao AS TEXT), COALESCE(since, '0000-01-01') FROM household;
INSERT INTO household_status_history (household_id, field, value, valid_from)
SELECT id, 'tekun', CAST(tekun AS TEXT), COALESCE(since, '0000-01-01') FROM household;
