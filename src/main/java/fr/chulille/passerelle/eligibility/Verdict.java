package fr.chulille.passerelle.eligibility;

import java.util.List;

/** What a rule concludes about one criterion; {@code missingFacts} names the facts that would settle an UNKNOWN. */
public record Verdict(Outcome outcome, Message reason, List<Fact> missingFacts) {

    public Verdict {
        missingFacts = List.copyOf(missingFacts);
    }

    static Verdict met(Message reason) {
        return new Verdict(Outcome.MET, reason, List.of());
    }

    static Verdict notMet(Message reason) {
        return new Verdict(Outcome.NOT_MET, reason, List.of());
    }

    static Verdict unknown(Message reason, List<Fact> missingFacts) {
        return new Verdict(Outcome.UNKNOWN, reason, missingFacts);
    }

    static Verdict missing(Fact... facts) {
        return unknown(MessageKey.REASON_MISSING.with(), List.of(facts));
    }
}
