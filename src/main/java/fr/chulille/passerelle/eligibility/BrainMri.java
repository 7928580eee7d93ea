package fr.chulille.passerelle.eligibility;

public enum BrainMri {
    NO_CNS_INVOLVEMENT, CNS_INVOLVEMENT, NOT_DONE;

    public String labelKey() {
        return "eligibility.choice.brain-mri." + name();
    }
}
