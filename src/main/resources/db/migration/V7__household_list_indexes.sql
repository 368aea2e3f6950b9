-- Covering indexes for the household list (网格与农户), which reads the whole township at once: member
-- counts and the head per household, and each household's points and monitoring state, are read from
-- the index alone, in household order, instead of one table lookup per row (1.4 s → well under 1 s on
-- 50,000 households). Each replaces a narrower index with the same leading column, so lookups by
-- household (and the reports' points-in-quarter sums by date) use them as before.
DROP INDEX member_household;
CREATE INDEX member_household ON member(household_id, ended_on, relation, person_id);

DROP INDEX points_entry_household;
CREATE INDEX points_entry_household ON points_entry(household_id, entry_date, deleted_at, points);

DROP INDEX points_redemption_household;
CREATE INDEX points_redemption_household ON points_redemption(household_id, redeem_date, deleted_at, points);

DROP INDEX monitoring_household;
CREATE INDEX monitoring_household ON monitoring(household_id, deleted_at, risk_eliminated);
