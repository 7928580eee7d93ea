package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.dec;
import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static fr.chulille.passerelle.eligibility.Patients.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdCriteriaTest {

    @ParameterizedTest(name = "platelets {0} {1} → {2}")
    @CsvSource({
            "29999, PER_MICROLITRE, NOT_MET, 29999",
            "29999.5, PER_MICROLITRE, NOT_MET, 29999",
            "30000, PER_MICROLITRE, MET, 30000",
            "29.999, GIGA_PER_LITRE, NOT_MET, 29999",
            "29.9999, GIGA_PER_LITRE, NOT_MET, 29999",
            "30, GIGA_PER_LITRE, MET, 30000",
            "30.0004, GIGA_PER_LITRE, MET, 30001",
            "0, GIGA_PER_LITRE, NOT_MET, 0",
            "250, GIGA_PER_LITRE, MET, 250000"})
    void plateletsAtLeast30000PerMicrolitre(String value, CellCountUnit unit, Outcome expected, String shownPerMicrolitre) {
        CriterionEvaluation evaluation = evaluate(eligibleMan().platelets(Measurement.of(value, unit)), "INC-09");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().key()).isEqualTo(expected == Outcome.MET
                ? "eligibility.reason.platelets.met" : "eligibility.reason.platelets.not-met");
        assertThat((BigDecimal) evaluation.reason().args().get("value")).isEqualByComparingTo(shownPerMicrolitre);
    }

    @ParameterizedTest(name = "lymphocytes {0} {1} → {2}")
    @CsvSource({
            "199, PER_MICROLITRE, NOT_MET",
            "199.99, PER_MICROLITRE, NOT_MET",
            "200, PER_MICROLITRE, MET",
            "0.199, GIGA_PER_LITRE, NOT_MET",
            "0.1999, GIGA_PER_LITRE, NOT_MET",
            "0.2, GIGA_PER_LITRE, MET",
            "0.20, GIGA_PER_LITRE, MET",
            "1.5, GIGA_PER_LITRE, MET"})
    void lymphocytesAtLeast200PerMicrolitre(String value, CellCountUnit unit, Outcome expected) {
        assertThat(evaluate(eligibleMan().lymphocytes(Measurement.of(value, unit)), "INC-10").outcome()).isEqualTo(expected);
    }

    /** EXC-02 is "does not express CD19": present only when CD19 is negative; the 70 % is INC-02's alone. */
    @ParameterizedTest(name = "CD19 {0} % → inclusion {1}, exclusion {2}")
    @CsvSource({
            "0, NOT_MET, NOT_MET",
            "0.1, NOT_MET, MET",
            "40, NOT_MET, MET",
            "50, NOT_MET, MET",
            "69.99, NOT_MET, MET",
            "70, MET, MET",
            "70.01, MET, MET",
            "100, MET, MET"})
    void cd19OnAtLeast70PercentOfBlasts(String percent, Outcome inclusion, Outcome exclusion) {
        ClinicalFacts facts = eligibleMan().cd19PercentOfBlasts(dec(percent)).build();

        assertThat(evaluate(facts, "INC-02").outcome()).isEqualTo(inclusion);
        assertThat(evaluate(facts, "EXC-02").outcome()).isEqualTo(exclusion);
    }

    @Test
    void cd19BelowThresholdShowsRoundedDownSoItNeverReads70() {
        CriterionEvaluation evaluation = evaluate(eligibleMan().cd19PercentOfBlasts(dec("69.99")), "INC-02");

        assertThat(evaluation.reason().args().get("value")).isEqualTo(dec("69.9"));
    }

    @ParameterizedTest(name = "ECOG {0} → {1}")
    @CsvSource({"0, MET", "1, MET", "2, NOT_MET", "3, NOT_MET", "4, NOT_MET", "5, NOT_MET"})
    void ecogBelow2(int ecog, Outcome expected) {
        CriterionEvaluation evaluation = evaluate(eligibleMan().ecog(ecog), "INC-05");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().args()).containsEntry("value", dec(String.valueOf(ecog)));
    }

    @ParameterizedTest(name = "life expectancy {0} months → {1}")
    @CsvSource({"1, NOT_MET", "2, NOT_MET", "2.0, NOT_MET", "2.01, MET", "2.5, MET", "3, MET", "24, MET"})
    void lifeExpectancyOver2Months(String months, Outcome expected) {
        assertThat(evaluate(eligibleMan().lifeExpectancyMonths(dec(months)), "INC-06").outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "toxicity grade {0} → {1}")
    @CsvSource({"0, MET", "1, MET", "2, NOT_MET", "3, NOT_MET", "4, NOT_MET", "5, NOT_MET"})
    void priorToxicityAtMostGrade1(int grade, Outcome expected) {
        assertThat(evaluate(eligibleMan().worstPriorToxicityGrade(grade), "INC-08").outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "LVEF {0} % → {1}")
    @CsvSource({"30, NOT_MET", "44, NOT_MET", "44.9, NOT_MET", "45, MET", "45.0, MET", "60, MET"})
    void ejectionFractionAtLeast45Percent(String percent, Outcome expected) {
        assertThat(evaluate(eligibleMan().lvefPercent(dec(percent)), "INC-14").outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "SpO2 {0} % → {1}")
    @CsvSource({"88, NOT_MET", "92, NOT_MET", "92.0, NOT_MET", "92.1, MET", "93, MET", "100, MET"})
    void oxygenSaturationAbove92Percent(String percent, Outcome expected) {
        CriterionEvaluation evaluation = evaluate(eligibleMan().spo2RoomAirPercent(dec(percent)), "INC-17");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().key()).startsWith("eligibility.reason.spo2.");
    }

    @Test
    void displayKeyFollowsTheKindOfCriterion() {
        ClinicalFacts lowCd19 = eligibleMan().cd19PercentOfBlasts(dec("0")).build();
        ClinicalFacts highCd19 = eligibleMan().cd19PercentOfBlasts(dec("90")).build();

        assertThat(evaluate(lowCd19, "INC-02").displayKey()).isEqualTo("eligibility.outcome.not-met");
        assertThat(evaluate(lowCd19, "EXC-02").displayKey()).isEqualTo("eligibility.outcome.present");
        assertThat(evaluate(highCd19, "INC-02").displayKey()).isEqualTo("eligibility.outcome.met");
        assertThat(evaluate(highCd19, "EXC-02").displayKey()).isEqualTo("eligibility.outcome.absent");
        assertThat(evaluate(ClinicalFacts.empty(), "INC-02").displayKey()).isEqualTo("eligibility.outcome.unknown");
        assertThat(evaluate(ClinicalFacts.empty(), "EXC-02").displayKey()).isEqualTo("eligibility.outcome.unknown");
    }

    @Test
    void thresholdRoundsForDisplayAwayFromTheLimit() {
        Threshold atMost = Threshold.atMost("1.5");

        assertThat(atMost.roundForDisplay(dec("1.50058"), 2)).isEqualTo(dec("1.51"));
        assertThat(atMost.roundForDisplay(dec("1.4999"), 2)).isEqualTo(dec("1.49"));
        assertThat(atMost.roundForDisplay(dec("1.5000"), 2)).isEqualTo(dec("1.50"));
    }
}
