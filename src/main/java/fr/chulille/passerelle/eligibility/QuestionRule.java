package fr.chulille.passerelle.eligibility;

/** A criterion answered yes/no on the form; {@code favourable} is the answer that meets it (or rules the exclusion out). */
record QuestionRule(Fact fact, Answer favourable) implements Rule {

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        Answer answer = Answer.orUnknown((Answer) fact.valueIn(facts));
        if (answer == Answer.UNKNOWN) {
            return Verdict.missing(fact);
        }
        Message reason = (answer == Answer.YES ? MessageKey.REASON_ANSWERED_YES : MessageKey.REASON_ANSWERED_NO).with();
        return answer == favourable ? Verdict.met(reason) : Verdict.notMet(reason);
    }
}
