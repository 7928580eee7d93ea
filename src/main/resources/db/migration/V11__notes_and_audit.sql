-- Notes on a referral: append-only (no UPDATE or DELETE in the code).
CREATE TABLE referral_note (
    id          UUID          NOT NULL PRIMARY KEY,
    referral_id UUID          NOT NULL REFERENCES referral (id),
    author      VARCHAR(100)  NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    note_text   VARCHAR(4000) NOT NULL
);
CREATE INDEX referral_note_referral_idx ON referral_note (referral_id);

-- Who did what and when: views, status changes, notes, exports.
CREATE TABLE audit_entry (
    id          UUID          NOT NULL PRIMARY KEY,
    referral_id UUID          REFERENCES referral (id),
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    detail      VARCHAR(1000),
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_entry_referral_idx ON audit_entry (referral_id);
