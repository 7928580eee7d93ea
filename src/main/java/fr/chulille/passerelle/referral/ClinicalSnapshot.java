package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.ClinicalFacts;

import java.time.LocalDate;
import java.util.Map;

/**
 * The clinical part of a referral as stored: the facts exactly as the pre-check API takes them, and
 * the sample date of each laboratory value.
 */
record ClinicalSnapshot(ClinicalFacts facts, Map<String, LocalDate> labSampleDates) {
}
