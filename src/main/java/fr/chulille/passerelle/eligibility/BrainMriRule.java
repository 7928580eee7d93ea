package fr.chulille.passerelle.eligibility;

import java.util.List;

/** Inclusion item 7: a brain MRI must show no CNS involvement; an MRI not yet done leaves it open. */
final class BrainMriRule implements Rule {

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        if (facts.brainMri() == null) {
            return Verdict.missing(Fact.BRAIN_MRI);
        }
        return switch (facts.brainMri()) {
            case NO_CNS_INVOLVEMENT -> Verdict.met(MessageKey.BRAIN_MRI_NO_INVOLVEMENT.with());
            case CNS_INVOLVEMENT -> Verdict.notMet(MessageKey.BRAIN_MRI_INVOLVEMENT.with());
            case NOT_DONE -> Verdict.unknown(MessageKey.BRAIN_MRI_NOT_DONE.with(), List.of(Fact.BRAIN_MRI));
        };
    }
}
