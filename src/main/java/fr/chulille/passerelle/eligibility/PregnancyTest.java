package fr.chulille.passerelle.eligibility;

/** Blood pregnancy test at screening. */
public enum PregnancyTest {
    NEGATIVE, POSITIVE, PENDING, NOT_DONE;

    public String labelKey() {
        return "eligibility.choice.pregnancy-test." + name();
    }
}
