package fr.chulille.passerelle.eligibility;

public enum Sex {
    MALE, FEMALE;

    public String labelKey() {
        return "eligibility.choice.sex." + name();
    }
}
