package fr.chulille.passerelle.eligibility;

/** ALT/AST are typed either directly as a multiple of the upper limit of normal, or in U/L with the lab's ULN. */
public enum LiverEnzymeUnit {
    TIMES_ULN, UNITS_PER_LITRE;

    public String labelKey() {
        return "eligibility.unit.liver-enzyme." + name();
    }
}
