package fr.chulille.passerelle.eligibility;

/** Inclusion item 19: male patients agree to abstinence or condoms; not applicable to women. */
final class MaleContraceptionRule implements Rule {

    private final Rule agreement = new QuestionRule(Fact.AGREES_TO_CONDOM_USE, Answer.YES);

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        if (facts.sex() == null) {
            return Verdict.missing(Fact.SEX);
        }
        return facts.sex() == Sex.FEMALE
                ? Verdict.met(MessageKey.REASON_NOT_APPLICABLE_FEMALE.with())
                : agreement.evaluate(facts, referenceYear);
    }
}
