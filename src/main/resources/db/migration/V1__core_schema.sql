-- GridLedger core schema.
-- Conventions: codes, ID numbers and 户编号 are TEXT; dates are TEXT 'YYYY-MM-DD' or, where only
-- the month is known, 'YYYY-MM'; points are INTEGER; booleans are INTEGER 0/1.
-- Nothing is hard-deleted from the UI: rows carry deleted_at, and dated columns
-- (since/ended_on, start/end) let a report for a past quarter count what held then.

CREATE TABLE township (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    code          TEXT NOT NULL,             -- 9-digit township code
    name          TEXT NOT NULL,
    county_code   TEXT NOT NULL,             -- 6-digit GB/T 2260
    county_name   TEXT NOT NULL,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);

CREATE TABLE village (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,      -- 12-digit 统计用区划代码
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT '村', -- 村 / 社区
    sort_order    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE villager_group (
    id            INTEGER PRIMARY KEY,
    village_id    INTEGER NOT NULL REFERENCES village(id),
    name          TEXT NOT NULL,
    sort_order    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (village_id, name)
);

CREATE TABLE grid (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,      -- village code + 3-digit sequence
    name          TEXT NOT NULL,
    grid_type     TEXT NOT NULL DEFAULT '基础网格',
    village_id    INTEGER NOT NULL REFERENCES village(id),
    covered_groups TEXT,                     -- free text: 一组、二组 …
    since         TEXT,
    deleted_at    TEXT
);
CREATE INDEX grid_village ON grid(village_id);

-- Old codes stay findable so that old files still import after renumbering.
CREATE TABLE grid_code_history (
    id            INTEGER PRIMARY KEY,
    grid_id       INTEGER NOT NULL REFERENCES grid(id),
    old_code      TEXT NOT NULL,
    changed_at    TEXT NOT NULL
);
CREATE INDEX grid_code_history_code ON grid_code_history(old_code);

-- One record per real person, matched by ID number (a cadre who is also a household member).
CREATE TABLE person (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    id_number           TEXT UNIQUE,         -- 18 chars, NULL when unknown
    gender              TEXT,                -- 男 / 女
    birth_date          TEXT,                -- YYYY-MM or YYYY-MM-DD
    ethnicity           TEXT,                -- GB/T 3304 code, e.g. '01'
    political_status    TEXT,                -- 中共党员 / 中共预备党员 / 共青团员 / 群众 …
    party_join_date     TEXT,
    work_start_date     TEXT,
    native_place        TEXT,
    phone               TEXT,
    edu_fulltime        TEXT,                -- cadre display wording, e.g. 大学本科
    degree_fulltime     TEXT,
    school_fulltime     TEXT,
    edu_inservice       TEXT,
    degree_inservice    TEXT,
    school_inservice    TEXT,
    title               TEXT,                -- 专业技术职务
    occupation          TEXT,                -- 现工作单位或职业 (reserve cadres)
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX person_name ON person(name);

CREATE TABLE household (
    id                  TEXT PRIMARY KEY,    -- UUID
    hh_number           TEXT,                -- 户编号 (national platform), optional
    grid_id             INTEGER REFERENCES grid(id),
    villager_group_id   INTEGER REFERENCES villager_group(id),
    ten_group_no        TEXT,                -- 十户一组 group number
    ten_group_leader    TEXT,                -- 联户长
    address             TEXT,
    phone               TEXT,
    hh_type             TEXT NOT NULL DEFAULT '一般农户',  -- 一般农户 / 脱贫户
    dibao               INTEGER NOT NULL DEFAULT 0,        -- 低保
    tekun               INTEGER NOT NULL DEFAULT 0,        -- 特困供养
    housing_status      TEXT,                -- 住房安全
    toilet_status       TEXT,                -- 改厕
    notes               TEXT,
    since               TEXT,                -- when the household came into being here
    ended_on            TEXT,                -- 分户/合户/迁出 end date
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    deleted_at          TEXT,
    deleted_by          TEXT
);
CREATE INDEX household_grid ON household(grid_id);
CREATE INDEX household_number ON household(hh_number);

-- A household's moves between grids: reports for a past quarter use the grid that held then.
CREATE TABLE household_grid_history (
    id            INTEGER PRIMARY KEY,
    household_id  TEXT NOT NULL REFERENCES household(id),
    grid_id       INTEGER NOT NULL REFERENCES grid(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT
);
CREATE INDEX household_grid_history_hh ON household_grid_history(household_id);

CREATE TABLE member (
    id                  INTEGER PRIMARY KEY,
    household_id        TEXT NOT NULL REFERENCES household(id),
    person_id           INTEGER NOT NULL REFERENCES person(id),
    relation            TEXT NOT NULL,       -- household-register wording: 户主, 配偶, 之子 …
    seq                 INTEGER NOT NULL DEFAULT 0,   -- display order, head first
    education           TEXT,                -- 文化程度 (poverty wording)
    student_status      TEXT,                -- 在校生状况 (never both)
    health              TEXT,                -- comma-joined: 健康 / 长期慢性病 / 患有大病 / 残疾
    labour_skill        TEXT,
    months_away         INTEGER,             -- 务工时间（月）
    work_place          TEXT,
    resident            INTEGER NOT NULL DEFAULT 1,   -- 常住 1 / 外出 0
    since               TEXT,                -- 出生/迁入 date
    ended_on            TEXT,                -- 迁出/死亡/分户 date
    end_reason          TEXT,
    CHECK (NOT (education IS NOT NULL AND student_status IS NOT NULL))
);
CREATE INDEX member_household ON member(household_id);
CREATE INDEX member_person ON member(person_id);

-- Dated status changes of households and members (出生, 迁入, 迁出, 死亡, 分户, 合户, 转网格).
CREATE TABLE status_event (
    id            INTEGER PRIMARY KEY,
    household_id  TEXT REFERENCES household(id),
    member_id     INTEGER REFERENCES member(id),
    event_type    TEXT NOT NULL,
    event_date    TEXT NOT NULL,
    details       TEXT,
    recorded_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX status_event_household ON status_event(household_id);

CREATE TABLE monitoring (
    id                  INTEGER PRIMARY KEY,
    household_id        TEXT NOT NULL REFERENCES household(id),
    category            TEXT NOT NULL,       -- 脱贫不稳定户 / 边缘易致贫户 / 突发严重困难户
    risk1               TEXT,
    risk2               TEXT,
    risk3               TEXT,
    identified_month    TEXT NOT NULL,       -- YYYY-MM
    measures            TEXT,                -- comma-joined assistance measures
    contact_name        TEXT,                -- 帮扶责任人
    contact_phone       TEXT,
    risk_eliminated     INTEGER NOT NULL DEFAULT 0,
    elimination_method  TEXT,                -- 帮扶消除 / 自然消除
    eliminated_month    TEXT,                -- YYYY-MM
    deleted_at          TEXT
);
CREATE INDEX monitoring_household ON monitoring(household_id);

CREATE TABLE award (
    id            INTEGER PRIMARY KEY,
    household_id  TEXT NOT NULL REFERENCES household(id),
    award_type    TEXT NOT NULL,             -- 美丽庭院 / 干净人家 / 文明示范户 / 好家风家庭
    year          INTEGER NOT NULL,
    level         TEXT NOT NULL DEFAULT '村', -- 村/乡/县/市/省
    deleted_at    TEXT
);
CREATE INDEX award_household ON award(household_id);

CREATE TABLE points_item (
    id              INTEGER PRIMARY KEY,
    village_id      INTEGER NOT NULL REFERENCES village(id),
    name            TEXT NOT NULL,
    direction       TEXT NOT NULL CHECK (direction IN ('加分', '减分')),
    default_points  INTEGER NOT NULL CHECK (default_points >= 0),
    active          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (village_id, name)
);

CREATE TABLE points_entry (
    id            INTEGER PRIMARY KEY,
    household_id  TEXT NOT NULL REFERENCES household(id),
    item_id       INTEGER REFERENCES points_item(id),
    entry_date    TEXT NOT NULL,
    points        INTEGER NOT NULL,          -- signed: 减分 entries are negative
    reason        TEXT,
    recorder      TEXT,
    approver      TEXT,
    deleted_at    TEXT
);
CREATE INDEX points_entry_household ON points_entry(household_id, entry_date);

CREATE TABLE points_redemption (
    id            INTEGER PRIMARY KEY,
    household_id  TEXT NOT NULL REFERENCES household(id),
    redeem_date   TEXT NOT NULL,
    points        INTEGER NOT NULL CHECK (points > 0),
    goods         TEXT,
    recorder      TEXT,
    deleted_at    TEXT
);
CREATE INDEX points_redemption_household ON points_redemption(household_id, redeem_date);

-- A cadre's posts: village posts, dispatched posts (第一书记, 驻村工作队) and grid posts (网格长/网格员).
CREATE TABLE post (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person(id),
    post_type       TEXT NOT NULL,           -- 村党组织书记, 村委会主任, 一肩挑, … 网格长, 网格员
    category        TEXT NOT NULL,           -- 村两委 / 驻村干部 / 乡镇干部 / 网格员 / 后备力量
    village_id      INTEGER REFERENCES village(id),
    grid_id         INTEGER REFERENCES grid(id),
    dispatch_unit   TEXT,                    -- 派出单位
    dispatch_level  TEXT,                    -- 中央/省/市/县/乡
    full_time       INTEGER,                 -- grid workers: 专职 1 / 兼职 0
    start_date      TEXT,
    end_date        TEXT,
    one_shoulder    INTEGER NOT NULL DEFAULT 0,  -- 一肩挑
    cross_post      INTEGER NOT NULL DEFAULT 0,  -- 交叉任职
    source          TEXT,                    -- 本村党员 / 大学生村官 / 退役军人 / …
    notes           TEXT
);
CREATE INDEX post_person ON post(person_id);
CREATE INDEX post_village ON post(village_id);
CREATE INDEX post_grid ON post(grid_id);

CREATE TABLE reserve_cadre (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person(id),
    village_id      INTEGER NOT NULL REFERENCES village(id),
    entry_date      TEXT NOT NULL,
    direction       TEXT,                    -- 拟培养方向
    training        TEXT,                    -- 培养措施
    exit_date       TEXT
);
CREATE INDEX reserve_cadre_village ON reserve_cadre(village_id);

CREATE TABLE setting (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);
