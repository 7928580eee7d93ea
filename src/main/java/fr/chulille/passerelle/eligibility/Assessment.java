package fr.chulille.passerelle.eligibility;

/** How the referral form feeds a criterion: measured values, or a yes/no/unknown question. */
public enum Assessment {
    MEASURED, QUESTION
}
