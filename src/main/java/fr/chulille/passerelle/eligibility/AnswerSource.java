package fr.chulille.passerelle.eligibility;

/** How a yes/no answer of the referral form was given: on its own, or in one click with its group. */
public enum AnswerSource {
    /** Answered on its own question. */
    ANSWERED,
    /** Given by "none of the following applies to my patient" ({@link GroupedAttestation}). */
    ATTESTED_IN_GROUP
}
