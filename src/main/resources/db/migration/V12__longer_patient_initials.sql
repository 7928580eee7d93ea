-- Initials are up to 4 letters with hyphens between them ("J-P-D-M"), some letters upper-case to
-- several characters ("ß" → "SS"): VARCHAR(4) refused valid initials with a database error.
ALTER TABLE referral ALTER COLUMN patient_initials SET DATA TYPE VARCHAR(20);
