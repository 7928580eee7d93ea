package fr.chulille.passerelle.eligibility;

import java.util.List;

/** Inclusion item 18.1: a negative blood pregnancy test; pending or not done leaves it open. */
final class PregnancyTestRule implements Rule {

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        if (facts.pregnancyTest() == null) {
            return Verdict.missing(Fact.PREGNANCY_TEST);
        }
        return switch (facts.pregnancyTest()) {
            case NEGATIVE -> Verdict.met(MessageKey.PREGNANCY_TEST_NEGATIVE.with());
            case POSITIVE -> Verdict.notMet(MessageKey.PREGNANCY_TEST_POSITIVE.with());
            case PENDING -> Verdict.unknown(MessageKey.PREGNANCY_TEST_PENDING.with(), List.of(Fact.PREGNANCY_TEST));
            case NOT_DONE -> Verdict.unknown(MessageKey.PREGNANCY_TEST_NOT_DONE.with(), List.of(Fact.PREGNANCY_TEST));
        };
    }
}
