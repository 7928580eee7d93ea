package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.AnswerSource;
import fr.chulille.passerelle.eligibility.ClinicalFacts;

import java.time.LocalDate;
import java.util.Map;

/**
 * The clinical part of a referral as stored: the facts exactly as the pre-check API takes them, the
 * sample date of each laboratory value, and how each question of the grouped attestation was answered
 * (by fact name: {@code ANSWERED} on its own, {@code ATTESTED_IN_GROUP}). Snapshots stored before the
 * grouped attestation have no {@code answerSources}: every answer in them was given on its own.
 */
record ClinicalSnapshot(ClinicalFacts facts, Map<String, LocalDate> labSampleDates, Map<String, AnswerSource> answerSources) {

    /** Without a grouped attestation. */
    ClinicalSnapshot(ClinicalFacts facts, Map<String, LocalDate> labSampleDates) {
        this(facts, labSampleDates, Map.of());
    }
}
