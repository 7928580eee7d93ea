package fr.chulille.passerelle.eligibility;

/** For an exclusion criterion, MET means the exclusion is absent and NOT_MET that it is present. */
public enum Outcome {
    MET, NOT_MET, UNKNOWN
}
