-- #16 exchange packages, the remaining records (docs/decisions/exchange-packages.md): stable uids for the
-- tables with integer ids that travel now, as V11 did for persons and members. visit already has a UUID id;
-- its households and visitors travel inside the visit record, and points_item by village code + name.

ALTER TABLE monitoring ADD COLUMN uid TEXT;
UPDATE monitoring SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX monitoring_uid ON monitoring(uid);
CREATE TRIGGER monitoring_uid_fill AFTER INSERT ON monitoring WHEN NEW.uid IS NULL
BEGIN
    UPDATE monitoring SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE award ADD COLUMN uid TEXT;
UPDATE award SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX award_uid ON award(uid);
CREATE TRIGGER award_uid_fill AFTER INSERT ON award WHEN NEW.uid IS NULL
BEGIN
    UPDATE award SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE points_entry ADD COLUMN uid TEXT;
UPDATE points_entry SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX points_entry_uid ON points_entry(uid);
CREATE TRIGGER points_entry_uid_fill AFTER INSERT ON points_entry WHEN NEW.uid IS NULL
BEGIN
    UPDATE points_entry SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE points_redemption ADD COLUMN uid TEXT;
UPDATE points_redemption SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX points_redemption_uid ON points_redemption(uid);
CREATE TRIGGER points_redemption_uid_fill AFTER INSERT ON points_redemption WHEN NEW.uid IS NULL
BEGIN
    UPDATE points_redemption SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE post ADD COLUMN uid TEXT;
UPDATE post SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX post_uid ON post(uid);
CREATE TRIGGER post_uid_fill AFTER INSERT ON post WHEN NEW.uid IS NULL
BEGIN
    UPDATE post SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE reserve_cadre ADD COLUMN uid TEXT;
UPDATE reserve_cadre SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX reserve_cadre_uid ON reserve_cadre(uid);
CREATE TRIGGER reserve_cadre_uid_fill AFTER INSERT ON reserve_cadre WHEN NEW.uid IS NULL
BEGIN
    UPDATE reserve_cadre SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
END;
