-- Reports (issue #6): indexes the quarterly queries read instead of the tables.
-- 户主 of each household (R3, R4, C2 look one up per household): a small partial index that holds
-- everything the lookup needs, in household order.
CREATE INDEX member_head ON member(household_id, seq, person_id, since, ended_on) WHERE relation = '户主';
-- Points to date per household (R4) summed from the index alone.
CREATE INDEX points_entry_live ON points_entry(household_id, entry_date, points) WHERE deleted_at IS NULL;
