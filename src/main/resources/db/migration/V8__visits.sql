-- Visit log (issue #17): 入户走访, 防返贫排查, 矛盾调解, 民事代办, 政策宣传, 其他.
-- One visit may cover several households (a 政策宣传 round, a dispute between neighbours) and be made by
-- several people; follow-up items stay open until closed with a result and date.
-- Conventions as V1: TEXT ids for records users create, dates TEXT 'YYYY-MM-DD', booleans INTEGER 0/1,
-- soft delete (deleted_at/deleted_by) because nothing a user deletes is erased from history.

CREATE TABLE visit (
    id                TEXT PRIMARY KEY,        -- UUID
    visit_date        TEXT NOT NULL,           -- YYYY-MM-DD
    visit_type        TEXT NOT NULL,           -- model.code.VisitType label
    -- the grid of the first household when recorded: decides who may see and change the visit (grid scope)
    -- and is the list's grid filter; a household that moves later keeps its old visits in the old grid
    grid_id           INTEGER REFERENCES grid(id),
    finding           TEXT,                    -- 走访情况 / 发现问题
    follow_up_needed  INTEGER NOT NULL DEFAULT 0,
    follow_up         TEXT,                    -- 需办理事项
    due_date          TEXT,                    -- 办理期限, only with a follow-up
    status            TEXT NOT NULL DEFAULT 'closed' CHECK (status IN ('open', 'closed')),
    result            TEXT,                    -- 办理结果
    closed_date       TEXT,
    -- what the list's search box looks in, one column so that one index scan answers it: finding, follow-up,
    -- result, visitors, and each household's 户主 and 户编号 as they were when the visit was last saved
    search_text       TEXT,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    deleted_at        TEXT,
    deleted_by        TEXT,
    CHECK (status = 'closed' OR follow_up_needed = 1),
    CHECK (due_date IS NULL OR due_date >= visit_date),
    CHECK (closed_date IS NULL OR closed_date >= visit_date)
);
-- The list's filters: grid (the grid worker's scope) by date, type by date, open items by due date.
CREATE INDEX visit_grid_date ON visit(grid_id, visit_date) WHERE deleted_at IS NULL;
CREATE INDEX visit_type_date ON visit(visit_type, visit_date) WHERE deleted_at IS NULL;
CREATE INDEX visit_date ON visit(visit_date) WHERE deleted_at IS NULL;
CREATE INDEX visit_open_due ON visit(due_date, grid_id) WHERE deleted_at IS NULL AND status = 'open';
-- search: LIKE '%…%' cannot seek, but scanning this narrow index (newest first) is ~5× faster than the table
CREATE INDEX visit_search ON visit(visit_date, search_text) WHERE deleted_at IS NULL;

CREATE TABLE visit_household (
    visit_id      TEXT NOT NULL REFERENCES visit(id),
    household_id  TEXT NOT NULL REFERENCES household(id),
    seq           INTEGER NOT NULL DEFAULT 0,  -- order as entered (the first decides visit.grid_id)
    PRIMARY KEY (visit_id, household_id)
) WITHOUT ROWID;
-- a household's visits (household editor, R7 coverage, "not visited this quarter")
CREATE INDEX visit_household_hh ON visit_household(household_id, visit_id);

-- Who went: a cadre of the cadre records where the name matches one (person_id), else the name as typed.
CREATE TABLE visit_visitor (
    visit_id   TEXT NOT NULL REFERENCES visit(id),
    seq        INTEGER NOT NULL,
    person_id  INTEGER REFERENCES person(id),
    name       TEXT NOT NULL,
    PRIMARY KEY (visit_id, seq)
) WITHOUT ROWID;
CREATE INDEX visit_visitor_person ON visit_visitor(person_id);

-- Responsibility (防返贫动态监测 by grid, responsibility per household): the grid's 防止返贫监测员 and
-- each monitoring episode's responsible cadre, both person records of cadres.
ALTER TABLE grid ADD COLUMN monitor_cadre_id INTEGER REFERENCES person(id);
ALTER TABLE monitoring ADD COLUMN responsible_cadre_id INTEGER REFERENCES person(id);
