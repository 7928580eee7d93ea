-- A referral sent by a haematologist. The patient is pseudonymised: initials and birth year only.
-- Portable SQL: runs unchanged on H2 (embedded default) and PostgreSQL (production). The JSON
-- snapshots are VARCHAR(1000000), not CLOB (PostgreSQL has none; a JPA @Lob would become an oid).
CREATE SEQUENCE referral_number_seq START WITH 1;

CREATE TABLE referral (
    id                    UUID          NOT NULL PRIMARY KEY,
    reference             VARCHAR(20)   NOT NULL UNIQUE,
    submission_token      UUID          NOT NULL UNIQUE,
    submitted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    form_language         VARCHAR(5)    NOT NULL,
    referrer_name         VARCHAR(200)  NOT NULL,
    referrer_rpps         VARCHAR(11)   NOT NULL,
    referrer_hospital     VARCHAR(200)  NOT NULL,
    referrer_department   VARCHAR(200)  NOT NULL,
    referrer_email        VARCHAR(254)  NOT NULL,
    referrer_phone        VARCHAR(40)   NOT NULL,
    patient_initials      VARCHAR(4)    NOT NULL,
    patient_birth_year    INTEGER,
    patient_sex           VARCHAR(10),
    consent_attested      BOOLEAN       NOT NULL,
    comment_text          VARCHAR(4000),
    clinical_facts_json   VARCHAR(1000000) NOT NULL,
    precheck_json         VARCHAR(1000000) NOT NULL,
    criteria_version      VARCHAR(60)   NOT NULL,
    advice                VARCHAR(40)   NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    status_reason         VARCHAR(1000),
    status_changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    first_seen_at         TIMESTAMP WITH TIME ZONE,
    version               BIGINT        NOT NULL DEFAULT 0
);

CREATE INDEX referral_status_idx ON referral (status);
CREATE INDEX referral_submitted_at_idx ON referral (submitted_at);
