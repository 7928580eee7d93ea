-- Retention and erasure (privacy): an erased referral keeps an anonymous row (reference, dates,
-- status, advice kind, why it was erased) so that counts stay right; everything that identifies the
-- referrer or the patient, the clinical facts, the pre-check and the free texts become NULL.
ALTER TABLE referral ALTER COLUMN referrer_name DROP NOT NULL;
ALTER TABLE referral ALTER COLUMN referrer_rpps DROP NOT NULL;
ALTER TABLE referral ALTER COLUMN referrer_hospital DROP NOT NULL;
ALTER TABLE referral ALTER COLUMN referrer_department DROP NOT NULL;
ALTER TABLE referral ALTER COLUMN referrer_email DROP NOT NULL;
ALTER TABLE referral ALTER COLUMN referrer_phone DROP NOT NULL;
ALTER TABLE referral ALTER COLUMN patient_initials DROP NOT NULL;
ALTER TABLE referral ALTER COLUMN clinical_facts_json DROP NOT NULL;
ALTER TABLE referral ALTER COLUMN precheck_json DROP NOT NULL;
ALTER TABLE referral ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
-- CLOSED, ENROLLED, UNDECIDED (retention ran out) or ON_REQUEST (a person's request)
ALTER TABLE referral ADD COLUMN erasure_category VARCHAR(20);
CREATE INDEX referral_status_changed_at_idx ON referral (status_changed_at);

-- One row, locked by each purge run for its whole transaction: two instances never purge at once.
CREATE TABLE retention_purge_lock (
    id           INTEGER NOT NULL PRIMARY KEY,
    last_run_at  TIMESTAMP WITH TIME ZONE
);
INSERT INTO retention_purge_lock (id, last_run_at) VALUES (1, NULL);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);
CREATE INDEX referral_note_written_at_idx ON referral_note (written_at);
