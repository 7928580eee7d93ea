package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.AnswerSource;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The record of how each answer was given cannot contradict the answers themselves. */
@SpringBootTest
class ReferralServiceAttestationTest {

    @Autowired
    ReferralService service;

    @Test
    void anAnswerRecordedAsAttestedInGroupMustBeTheGroupAnswer() {
        ReferralSubmission contradiction = withSources(ClinicalFacts.builder().hivOrHtlv1History(Answer.YES).build(),
                Map.of("hivOrHtlv1History", AnswerSource.ATTESTED_IN_GROUP));

        assertThatThrownBy(() -> service.submit(contradiction))
                .isInstanceOf(InvalidReferralException.class).hasMessageContaining("hivOrHtlv1History");
    }

    @Test
    void onlyAnsweredQuestionsOfTheGroupHaveASource() {
        ReferralSubmission notInTheGroup = withSources(ClinicalFacts.builder().ecog(1).build(),
                Map.of("ecog", AnswerSource.ANSWERED));
        ReferralSubmission unanswered = withSources(ClinicalFacts.builder().build(),
                Map.of("activeHepatitisB", AnswerSource.ATTESTED_IN_GROUP));

        assertThatThrownBy(() -> service.submit(notInTheGroup)).isInstanceOf(InvalidReferralException.class).hasMessageContaining("ecog");
        assertThatThrownBy(() -> service.submit(unanswered)).isInstanceOf(InvalidReferralException.class).hasMessageContaining("activeHepatitisB");
    }

    private static ReferralSubmission withSources(ClinicalFacts facts, Map<String, AnswerSource> sources) {
        ReferralSubmission valid = Submissions.with(facts);
        return new ReferralSubmission(valid.submissionToken(), valid.language(), valid.referrer(), valid.patientInitials(),
                valid.facts(), valid.labSampleDates(), valid.comment(), true, sources);
    }
}
