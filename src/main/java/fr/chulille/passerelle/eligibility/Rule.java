package fr.chulille.passerelle.eligibility;

/** How one criterion is decided from the facts. Rules never return NOT_MET for missing data. */
@FunctionalInterface
public interface Rule {

    Verdict evaluate(ClinicalFacts facts, int referenceYear);
}
