-- #16: why a field is in the conflict inbox when not both sides changed it: the merge would have broken a household
-- rule (two 户主 …), so this side's value was kept (docs/decisions/exchange-packages.md, "Household rules").
ALTER TABLE exchange_conflict ADD COLUMN note TEXT;
