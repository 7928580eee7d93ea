package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.dec;
import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static fr.chulille.passerelle.eligibility.Patients.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inclusion items 12 (ALT/AST) and 13 (bilirubin, Gilbert's syndrome). */
class LiverCriteriaTest {

    @ParameterizedTest(name = "ALT {0} × ULN, AST {1} × ULN → {2}")
    @CsvSource({
            "1, 1, MET, eligibility.reason.liver-enzymes.met",
            "2.5, 2.5, MET, eligibility.reason.liver-enzymes.met",
            "2.51, 1, NOT_MET, eligibility.reason.liver-enzymes.alt-above",
            "1, 2.51, NOT_MET, eligibility.reason.liver-enzymes.ast-above",
            "3, 4, NOT_MET, eligibility.reason.liver-enzymes.both-above"})
    void eachAtMost2Point5TimesUpperLimit(String alt, String ast, Outcome expected, String reasonKey) {
        CriterionEvaluation evaluation = evaluate(eligibleMan()
                .alt(LiverEnzyme.timesUpperLimit(alt)).ast(LiverEnzyme.timesUpperLimit(ast)), "INC-12");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().key()).isEqualTo(reasonKey);
    }

    @ParameterizedTest(name = "ALT {0} U/L with ULN {1} U/L → {2}")
    @CsvSource({
            "100, 40, MET, 2.50",
            "100.01, 40, NOT_MET, 2.51",
            "101, 40, NOT_MET, 2.53",
            "87.5, 35, MET, 2.50",
            "88, 35, NOT_MET, 2.52",
            "20, 40, MET, 0.50"})
    void unitsPerLitreAreDividedByTheLaboratoryUpperLimit(String value, String upperLimit, Outcome expected, String shown) {
        CriterionEvaluation evaluation = evaluate(eligibleMan()
                .alt(LiverEnzyme.unitsPerLitre(value, upperLimit)).ast(LiverEnzyme.timesUpperLimit("1")), "INC-12");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().args()).containsEntry("alt", dec(shown));
    }

    @Test
    void unitsPerLitreWithoutUpperLimitIsUnknown() {
        CriterionEvaluation evaluation = evaluate(eligibleMan().alt(LiverEnzyme.unitsPerLitre("30", null)), "INC-12");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluation.missingFacts()).containsExactly(Fact.ALT);
    }

    @Test
    void oneValueAboveIsEnoughToFailEvenIfTheOtherIsMissing() {
        assertThat(evaluate(eligibleMan().alt(null).ast(LiverEnzyme.timesUpperLimit("3")), "INC-12").outcome())
                .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void oneValueMissingAndTheOtherNormalIsUnknown() {
        CriterionEvaluation evaluation = evaluate(eligibleMan().alt(null).ast(LiverEnzyme.timesUpperLimit("1")), "INC-12");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluation.missingFacts()).containsExactly(Fact.ALT);
        assertThat(evaluate(eligibleMan().alt(null).ast(null), "INC-12").missingFacts()).containsExactly(Fact.ALT, Fact.AST);
    }

    @ParameterizedTest(name = "bilirubin {0} {1}, Gilbert NO → {2}")
    @CsvSource({
            "1.0, MG_PER_DL, MET, 1.00",
            "1.5, MG_PER_DL, MET, 1.50",
            "1.51, MG_PER_DL, NOT_MET, 1.51",
            "25.65, MICROMOL_PER_L, MET, 1.50",
            "25.66, MICROMOL_PER_L, NOT_MET, 1.51",
            "25.651, MICROMOL_PER_L, NOT_MET, 1.51",
            "17.1, MICROMOL_PER_L, MET, 1.00",
            "40, MICROMOL_PER_L, NOT_MET, 2.34"})
    void totalBilirubinAtMost1Point5MgPerDl(String value, BilirubinUnit unit, Outcome expected, String shownMgPerDl) {
        CriterionEvaluation evaluation = evaluate(eligibleMan()
                .bilirubin(Measurement.of(value, unit)).gilbertSyndrome(Answer.NO), "INC-13");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().args()).containsEntry("value", dec(shownMgPerDl));
    }

    @Test
    void gilbertSyndromeMeetsWhateverTheValueButNotWithoutOne() {
        CriterionEvaluation high = evaluate(eligibleMan()
                .bilirubin(Measurement.of("5", BilirubinUnit.MG_PER_DL)).gilbertSyndrome(Answer.YES), "INC-13");
        CriterionEvaluation noValue = evaluate(eligibleMan().bilirubin(null).gilbertSyndrome(Answer.YES), "INC-13");

        assertThat(high.outcome()).isEqualTo(Outcome.MET);
        assertThat(high.reason().key()).isEqualTo("eligibility.reason.bilirubin.gilbert");
        assertThat(noValue.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(noValue.reason().key()).isEqualTo("eligibility.reason.bilirubin.gilbert-no-value");
        assertThat(noValue.missingFacts()).containsExactly(Fact.BILIRUBIN);
    }

    @Test
    void aboveLimitWithGilbertNotStatedIsUnknown() {
        for (Answer gilbert : new Answer[] {Answer.UNKNOWN, null}) {
            CriterionEvaluation evaluation = evaluate(eligibleMan()
                    .bilirubin(Measurement.of("2", BilirubinUnit.MG_PER_DL)).gilbertSyndrome(gilbert), "INC-13");

            assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(evaluation.reason().key()).isEqualTo("eligibility.reason.bilirubin.gilbert-unknown");
            assertThat(evaluation.missingFacts()).containsExactly(Fact.GILBERT_SYNDROME);
        }
    }

    @Test
    void withinLimitNeedsNoGilbertAnswer() {
        assertThat(evaluate(eligibleMan().bilirubin(Measurement.of("1.5", BilirubinUnit.MG_PER_DL)).gilbertSyndrome(null),
                "INC-13").outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void missingBilirubinWithoutGilbertIsUnknown() {
        CriterionEvaluation evaluation = evaluate(eligibleMan().bilirubin(null), "INC-13");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluation.missingFacts()).containsExactly(Fact.BILIRUBIN);
    }
}
