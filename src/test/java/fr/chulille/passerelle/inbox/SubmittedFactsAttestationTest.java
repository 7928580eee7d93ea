package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.eligibility.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The clinical snapshot says which answers were attested as a group; snapshots stored before that still read. */
class SubmittedFactsAttestationTest {

    @Test
    void aSnapshotStoredBeforeTheGroupedAttestationStillReadsWithNothingAttested() {
        String old = "{\"facts\": {\"hivOrHtlv1History\": \"NO\", \"ecog\": 1}, \"labSampleDates\": {}}";

        assertThat(SubmittedFacts.read(old)).hasValueSatisfying(facts -> assertThat(facts.hivOrHtlv1History()).isEqualTo(Answer.NO));
        assertThat(SubmittedFacts.attestedInGroup(old)).isEmpty();
    }

    @Test
    void theAnswersAttestedAsAGroupAreNamedByTheirLabel() {
        String json = "{\"facts\": {\"hivOrHtlv1History\": \"NO\", \"otherMalignancyHistory\": \"NO\"}, \"labSampleDates\": {},"
                + " \"answerSources\": {\"hivOrHtlv1History\": \"ATTESTED_IN_GROUP\", \"otherMalignancyHistory\": \"ANSWERED\"}}";

        assertThat(SubmittedFacts.read(json)).isPresent();
        assertThat(SubmittedFacts.attestedInGroup(json)).containsExactly("eligibility.field.hivOrHtlv1History");
    }
}
