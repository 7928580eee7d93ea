package fr.chulille.passerelle.eligibility;

public enum CriterionKind {
    INCLUSION("eligibility.outcome.met", "eligibility.outcome.not-met"),
    EXCLUSION("eligibility.outcome.absent", "eligibility.outcome.present");

    static final String UNKNOWN_KEY = "eligibility.outcome.unknown";

    private final String metKey;
    private final String notMetKey;

    CriterionKind(String metKey, String notMetKey) {
        this.metKey = metKey;
        this.notMetKey = notMetKey;
    }

    /** The key under which an outcome is shown: "met / not met" for inclusion, "absent / present" for exclusion. */
    public String displayKey(Outcome outcome) {
        return switch (outcome) {
            case MET -> metKey;
            case NOT_MET -> notMetKey;
            case UNKNOWN -> UNKNOWN_KEY;
        };
    }

    public String labelKey() {
        return "eligibility.kind." + name();
    }
}
