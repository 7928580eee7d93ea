package fr.chulille.passerelle.eligibility;

import java.util.List;

/**
 * One inclusion or exclusion criterion of the protocol, as data.
 *
 * @param facts the facts the rule reads, in form order
 */
public record Criterion(String id, CriterionKind kind, Assessment assessment, ProtocolPassage protocol,
                        List<Fact> facts, Rule rule) {

    public Criterion {
        facts = List.copyOf(facts);
    }

    static Criterion measured(CriterionKind kind, String id, ProtocolPassage protocol, Rule rule, Fact... facts) {
        return new Criterion(id, kind, Assessment.MEASURED, protocol, List.of(facts), rule);
    }

    static Criterion question(CriterionKind kind, String id, ProtocolPassage protocol, Fact fact, Answer favourable) {
        return new Criterion(id, kind, Assessment.QUESTION, protocol, List.of(fact), new QuestionRule(fact, favourable));
    }

    /** Faithful clinical wording of the criterion. */
    public String labelKey() {
        return "eligibility.criterion." + id;
    }

    /** Short wording for lists and summaries. */
    public String shortLabelKey() {
        return labelKey() + ".short";
    }

    public CriterionEvaluation evaluate(ClinicalFacts clinicalFacts, int referenceYear) {
        Verdict verdict = rule.evaluate(clinicalFacts, referenceYear);
        return new CriterionEvaluation(this, verdict.outcome(), verdict.reason(), verdict.missingFacts());
    }
}
