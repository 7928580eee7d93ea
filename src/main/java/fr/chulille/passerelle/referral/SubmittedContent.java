package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.Fact;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a referrer submitted, decoded by {@link ReferralRecords} from the snapshots this package wrote, so
 * that no other package knows their format.
 *
 * @param facts            the clinical facts; empty once erased, or if the stored snapshot no longer reads
 * @param labSampleDates   the sample date of each laboratory value (fact name → date); empty if none
 * @param preCheck         the pre-check as the referrer saw it; empty once erased, or if it no longer reads
 * @param factsAsStored    the clinical snapshot as a plain tree (maps, lists, texts, numbers) for the subject
 *                         access export, or its stored text when it does not read as JSON; null once erased
 * @param preCheckAsStored the same for the pre-check snapshot
 * @param attestedInGroup  the questions answered in one click with "none of the following applies to my patient";
 *                         none in a snapshot stored before the grouped attestation existed
 */
public record SubmittedContent(Optional<ClinicalFacts> facts, Map<String, LocalDate> labSampleDates,
                               Optional<StoredPreCheck> preCheck, Object factsAsStored, Object preCheckAsStored,
                               Set<Fact> attestedInGroup) {

    static final SubmittedContent ERASED = new SubmittedContent(Optional.empty(), Map.of(), Optional.empty(), null, null,
            Set.of());
}
