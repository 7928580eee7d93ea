package fr.chulille.passerelle.eligibility;

/** The overall pre-check advice; never a bare "eligible": the trial team always decides. */
public enum AdviceKind {
    POSSIBLY_ELIGIBLE(MessageKey.ADVICE_POSSIBLY_ELIGIBLE),
    POSSIBLY_ELIGIBLE_TO_CONFIRM(MessageKey.ADVICE_POSSIBLY_ELIGIBLE_TO_CONFIRM),
    PROBABLY_NOT_ELIGIBLE(MessageKey.ADVICE_PROBABLY_NOT_ELIGIBLE);

    private final MessageKey headline;

    AdviceKind(MessageKey headline) {
        this.headline = headline;
    }

    MessageKey headline() {
        return headline;
    }
}
