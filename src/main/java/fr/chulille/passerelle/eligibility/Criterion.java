package fr.chulille.passerelle.eligibility;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One inclusion or exclusion criterion of the protocol, as data, written once: its id, where it stands
 * in the protocol (verbatim), its numeric limit if it has one, the facts it reads and the rule built
 * from that same limit. Texts take the limit as ICU arguments ({@link #label()}, the reasons).
 *
 * @param limit the numeric boundary, or null for a criterion without one
 * @param facts the facts the rule reads, in form order
 */
public record Criterion(String id, CriterionKind kind, Assessment assessment, ProtocolPassage protocol,
                        Limit limit, List<Fact> facts, Rule rule) {

    public Criterion {
        facts = List.copyOf(facts);
    }

    static Criterion measured(CriterionKind kind, String id, ProtocolPassage protocol, Rule rule, Fact... facts) {
        return new Criterion(id, kind, Assessment.MEASURED, protocol, null, List.of(facts), rule);
    }

    /** A criterion with a numeric limit: the rule is built from the limit, so that both cannot differ. */
    static Criterion limited(CriterionKind kind, String id, ProtocolPassage protocol, Limit limit,
                             Function<Limit, Rule> rule, Fact... facts) {
        return new Criterion(id, kind, Assessment.MEASURED, protocol, limit, List.of(facts), rule.apply(limit));
    }

    static Criterion question(CriterionKind kind, String id, ProtocolPassage protocol, Fact fact, Answer favourable) {
        return new Criterion(id, kind, Assessment.QUESTION, protocol, null, List.of(fact), new QuestionRule(fact, favourable));
    }

    public Optional<Limit> numericLimit() {
        return Optional.ofNullable(limit);
    }

    /** Faithful clinical wording of the criterion. */
    public String labelKey() {
        return "eligibility.criterion." + id;
    }

    /** Short wording for lists and summaries. */
    public String shortLabelKey() {
        return labelKey() + ".short";
    }

    /** The faithful wording with its limit as arguments. */
    public Message label() {
        return new Message(labelKey(), limitArguments());
    }

    /** The short wording with its limit as arguments. */
    public Message shortLabel() {
        return new Message(shortLabelKey(), limitArguments());
    }

    public Map<String, Object> limitArguments() {
        return limit == null ? Map.of() : limit.arguments();
    }

    public CriterionEvaluation evaluate(ClinicalFacts clinicalFacts, int referenceYear) {
        Verdict verdict = rule.evaluate(clinicalFacts, referenceYear);
        return new CriterionEvaluation(this, verdict.outcome(), verdict.reason(), verdict.missingFacts());
    }
}
