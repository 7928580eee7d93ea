package fr.chulille.passerelle.eligibility;

/** Exclusion item 13: pregnant, breast-feeding or planning pregnancy; a positive test settles it. */
final class PregnancyExclusionRule implements Rule {

    private final Rule question = new QuestionRule(Fact.PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY, Answer.NO);

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        if (facts.sex() == Sex.MALE) {
            return Verdict.met(MessageKey.REASON_NOT_APPLICABLE_MALE.with());
        }
        if (facts.pregnancyTest() == PregnancyTest.POSITIVE) {
            return Verdict.notMet(MessageKey.PREGNANCY_TEST_POSITIVE.with());
        }
        return question.evaluate(facts, referenceYear);
    }
}
