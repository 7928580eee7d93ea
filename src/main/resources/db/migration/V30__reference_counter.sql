-- Reference numbers from a counter row updated in the referral's own transaction, instead of the
-- sequence referral_number_seq: a sequence hands out numbers outside transactions and caches them
-- (H2 by 32; PostgreSQL logs 32 ahead), so a crash or a rolled-back submit left a gap in the
-- numbers, which reads as a missing referral. The counter goes on from the highest reference given.
CREATE TABLE reference_counter (
    name        VARCHAR(40) NOT NULL PRIMARY KEY,
    last_value  BIGINT      NOT NULL
);

INSERT INTO reference_counter (name, last_value)
SELECT 'referral', COALESCE(MAX(CAST(SUBSTRING(reference FROM 10) AS BIGINT)), 0)
  FROM referral
 WHERE reference LIKE 'PAS-____-%';

DROP SEQUENCE referral_number_seq;
