package fr.chulille.passerelle.eligibility;

/** The overall pre-check advice; never a bare "eligible": the trial team always decides. */
public enum AdviceKind {
    POSSIBLY_ELIGIBLE(MessageKey.ADVICE_POSSIBLY_ELIGIBLE),
    POSSIBLY_ELIGIBLE_TO_CONFIRM(MessageKey.ADVICE_POSSIBLY_ELIGIBLE_TO_CONFIRM),
    PROBABLY_NOT_ELIGIBLE(MessageKey.ADVICE_PROBABLY_NOT_ELIGIBLE),
    /** Too few criteria settled (an empty or nearly empty form): no advice either way yet. */
    NO_ADVICE_YET(MessageKey.ADVICE_NO_ADVICE_YET);

    private final MessageKey headline;

    AdviceKind(MessageKey headline) {
        this.headline = headline;
    }

    MessageKey headline() {
        return headline;
    }

    /** The short label of this advice, the same words in the form, the inbox and the export. */
    public String labelKey() {
        return "eligibility.advice.short." + name();
    }
}
