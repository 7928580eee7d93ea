package fr.chulille.passerelle.eligibility;

import java.util.List;

/**
 * The outcome of one criterion for one patient.
 *
 * @param missingFacts for UNKNOWN, the facts that would settle it (their labels are {@link Fact#labelKey()})
 */
public record CriterionEvaluation(Criterion criterion, Outcome outcome, Message reason, List<Fact> missingFacts) {

    public CriterionEvaluation {
        missingFacts = List.copyOf(missingFacts);
    }

    public String id() {
        return criterion.id();
    }

    /** "met / not met / unknown" for inclusion, "absent / present / unknown" for exclusion. */
    public String displayKey() {
        return criterion.kind().displayKey(outcome);
    }
}
