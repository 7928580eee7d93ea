package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.BrainMri;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.LiverEnzyme;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.PregnancyTest;
import fr.chulille.passerelle.eligibility.Sex;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The clinical facts of a referral (decoded by {@code referral.ReferralRecords}), as label and value keys/texts. */
final class SubmittedFacts {

    /** One submitted value: the label key of its field, and its text where {@code translate} turns keys into words. */
    record Line(String labelKey, String value) {
    }

    private SubmittedFacts() {
    }

    static List<Line> lines(ClinicalFacts facts, Function<String, String> translate) {
        return Arrays.stream(Fact.values())
                .filter(fact -> fact.valueIn(facts) != null)
                .map(fact -> new Line(fact.labelKey(), format(fact.valueIn(facts), translate)))
                .toList();
    }

    static String format(Object value, Function<String, String> translate) {
        return switch (value) {
            case Measurement<?> m -> m.value().toPlainString() + " " + translate.apply(m.unit().labelKey());
            case LiverEnzyme e -> e.value().toPlainString() + " " + translate.apply(e.unit().labelKey())
                    + (e.upperLimitOfNormal() == null ? "" : " (ULN " + e.upperLimitOfNormal().toPlainString() + ")");
            case BigDecimal number -> number.toPlainString();
            case Answer a -> translate.apply(a.labelKey());
            case Sex s -> translate.apply(s.labelKey());
            case DiseaseStatus d -> translate.apply(d.labelKey());
            case BrainMri b -> translate.apply(b.labelKey());
            case PregnancyTest p -> translate.apply(p.labelKey());
            default -> Objects.toString(value);
        };
    }
}
