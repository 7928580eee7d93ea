package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.YEAR;
import static fr.chulille.passerelle.eligibility.Patients.dec;
import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static fr.chulille.passerelle.eligibility.Patients.eligibleWoman;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Messages and keys the engine produces, gathered from patients that reach every branch. */
final class MessageCorpus {

    private MessageCorpus() {
    }

    static List<ClinicalFacts> patients() {
        return Stream.of(
                eligibleMan(), eligibleWoman(), ClinicalFacts.builder(),
                eligibleMan().ageYears(17), eligibleMan().ageYears(1), eligibleMan().ageYears(null).birthYear(2009),
                eligibleMan().ageYears(null).birthYear(2007), eligibleMan().ageYears(null).birthYear(1990),
                eligibleMan().cd19PercentOfBlasts(dec("42.5")),
                eligibleMan().diseaseStatus(DiseaseStatus.PRIMARY_REFRACTORY).inductionCourses(0),
                eligibleMan().diseaseStatus(DiseaseStatus.PRIMARY_REFRACTORY).inductionCourses(1),
                eligibleMan().diseaseStatus(DiseaseStatus.PRIMARY_REFRACTORY).inductionCourses(3),
                eligibleMan().diseaseStatus(DiseaseStatus.POST_TRANSPLANT_RELAPSE),
                eligibleMan().diseaseStatus(DiseaseStatus.OTHER),
                eligibleMan().ecog(3).lifeExpectancyMonths(dec("1")).worstPriorToxicityGrade(3),
                eligibleMan().lifeExpectancyMonths(dec("2.5")),
                eligibleMan().brainMri(BrainMri.CNS_INVOLVEMENT), eligibleMan().brainMri(BrainMri.NOT_DONE),
                eligibleMan().platelets(Measurement.of("12", CellCountUnit.GIGA_PER_LITRE))
                        .lymphocytes(Measurement.of("0.15", CellCountUnit.GIGA_PER_LITRE)),
                eligibleMan().measuredCreatinineClearance(dec("35.25")), eligibleMan().measuredCreatinineClearance(dec("95")),
                eligibleMan().creatinine(Measurement.of("400", CreatinineUnit.MICROMOL_PER_L)).measuredCreatinineClearance(dec("30")),
                eligibleMan().weightKg(null).measuredCreatinineClearance(dec("55")),
                eligibleMan().ageYears(17), eligibleMan().ageYears(null).birthYear(YEAR - 17),
                eligibleMan().cd19PercentOfBlasts(dec("0")),
                eligibleMan().bilirubin(null).gilbertSyndrome(Answer.YES),
                eligibleMan().platelets(Measurement.of("45", CellCountUnit.PER_MICROLITRE)),
                ClinicalFacts.builder().ageYears(60).sex(Sex.MALE),
                eligibleMan().creatinine(Measurement.of("400", CreatinineUnit.MICROMOL_PER_L)),
                eligibleMan().ageYears(null).birthYear(1964).weightKg(dec("72.5"))
                        .creatinine(Measurement.of("2.0", CreatinineUnit.MG_PER_DL)),
                eligibleMan().weightKg(null),
                eligibleMan().alt(LiverEnzyme.timesUpperLimit("3")), eligibleMan().ast(LiverEnzyme.unitsPerLitre("150", "40")),
                eligibleMan().alt(LiverEnzyme.timesUpperLimit("3")).ast(LiverEnzyme.timesUpperLimit("4.25")),
                eligibleMan().bilirubin(Measurement.of("40", BilirubinUnit.MICROMOL_PER_L)),
                eligibleMan().bilirubin(Measurement.of("40", BilirubinUnit.MICROMOL_PER_L)).gilbertSyndrome(Answer.YES),
                eligibleMan().bilirubin(Measurement.of("2", BilirubinUnit.MG_PER_DL)).gilbertSyndrome(Answer.UNKNOWN),
                eligibleMan().lvefPercent(dec("40")).spo2RoomAirPercent(dec("92")),
                eligibleMan().untriedTargetedTherapyAvailable(Answer.YES).ableToSignConsent(Answer.NO),
                eligibleWoman().pregnancyTest(PregnancyTest.POSITIVE), eligibleWoman().pregnancyTest(PregnancyTest.PENDING),
                eligibleWoman().pregnancyTest(PregnancyTest.NOT_DONE),
                eligibleWoman().childbearingPotential(Answer.NO))
                .map(ClinicalFacts.Builder::build).toList();
    }

    /** Invalid facts producing every validation message. */
    static List<ClinicalFacts> invalidPatients() {
        return List.of(
                eligibleMan().ageYears(200).birthYear(YEAR + 3).weightKg(dec("-1")).ecog(9).inductionCourses(-2)
                        .ast(LiverEnzyme.unitsPerLitre("30", "0")).childbearingPotential(Answer.YES).build(),
                eligibleMan().birthYear(1800).weightKg(dec("450")).build(),
                eligibleMan().ageYears(30).birthYear(1950).build(),
                eligibleMan().platelets(Measurement.of("30000", CellCountUnit.GIGA_PER_LITRE)).weightKg(dec("70.1234567")).build());
    }

    /** Values more likely typed in the other unit, in both directions, for every laboratory value with two units. */
    static List<ClinicalFacts> unitSlips() {
        return List.of(
                eligibleMan().platelets(Measurement.of("45", CellCountUnit.PER_MICROLITRE))
                        .lymphocytes(Measurement.of("0.3", CellCountUnit.PER_MICROLITRE))
                        .creatinine(Measurement.of("1.2", CreatinineUnit.MICROMOL_PER_L))
                        .bilirubin(Measurement.of("0.8", BilirubinUnit.MICROMOL_PER_L)).build(),
                eligibleMan().platelets(Measurement.of("150000", CellCountUnit.PER_MICROLITRE))
                        .lymphocytes(Measurement.of("1500", CellCountUnit.GIGA_PER_LITRE))
                        .creatinine(Measurement.of("35", CreatinineUnit.MG_PER_DL))
                        .bilirubin(Measurement.of("40", BilirubinUnit.MG_PER_DL)).build(),
                eligibleMan().platelets(Measurement.of("5000", CellCountUnit.GIGA_PER_LITRE)).build());
    }

    static List<Message> messages() {
        List<Message> messages = new ArrayList<>();
        for (ClinicalFacts facts : patients()) {
            PreCheckResult result = EligibilityEngine.evaluate(facts, YEAR);
            result.evaluations().forEach(evaluation -> messages.add(evaluation.reason()));
            messages.add(result.advice().headline());
            result.advice().sections().forEach(section -> section.heading().ifPresent(messages::add));
            result.advice().followUp().ifPresent(messages::add);
        }
        for (ClinicalFacts facts : invalidPatients()) {
            FactsValidator.validate(facts, YEAR).problems().forEach(problem -> messages.add(problem.message()));
        }
        for (ClinicalFacts facts : unitSlips()) {
            FactsValidator.validate(facts, YEAR).warnings().forEach(warning -> messages.add(warning.message()));
        }
        messages.add(MessageKey.HELP_MEASURED_CREATININE_CLEARANCE.with());
        Measurement<CreatinineUnit> creatinine = Measurement.of("1.0", CreatinineUnit.MG_PER_DL);
        messages.add(CockcroftGault.estimate(60, Sex.MALE, dec("70"), creatinine).formula());
        messages.add(CockcroftGault.estimate(60, Sex.FEMALE, dec("70"), creatinine).formula());
        return messages;
    }

    /** Every key the engine, the validator and the data types can name. */
    static List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(MessageKey.values()).map(MessageKey::key).forEach(keys::add);
        for (Criterion criterion : TrialCriteria.all()) {
            keys.add(criterion.labelKey());
            keys.add(criterion.shortLabelKey());
        }
        for (CriterionKind kind : CriterionKind.values()) {
            keys.add(kind.labelKey());
            Arrays.stream(Outcome.values()).map(kind::displayKey).forEach(keys::add);
        }
        Arrays.stream(Fact.values()).map(Fact::labelKey).forEach(keys::add);
        Arrays.stream(Answer.values()).map(Answer::labelKey).forEach(keys::add);
        Arrays.stream(Sex.values()).map(Sex::labelKey).forEach(keys::add);
        Arrays.stream(DiseaseStatus.values()).map(DiseaseStatus::labelKey).forEach(keys::add);
        Arrays.stream(BrainMri.values()).map(BrainMri::labelKey).forEach(keys::add);
        Arrays.stream(PregnancyTest.values()).map(PregnancyTest::labelKey).forEach(keys::add);
        Arrays.stream(CellCountUnit.values()).map(CellCountUnit::labelKey).forEach(keys::add);
        Arrays.stream(CreatinineUnit.values()).map(CreatinineUnit::labelKey).forEach(keys::add);
        Arrays.stream(BilirubinUnit.values()).map(BilirubinUnit::labelKey).forEach(keys::add);
        Arrays.stream(LiverEnzymeUnit.values()).map(LiverEnzymeUnit::labelKey).forEach(keys::add);
        Arrays.stream(CellCountUnit.values()).map(CellCountUnit::slipWarningKey).forEach(keys::add);
        Arrays.stream(CreatinineUnit.values()).map(CreatinineUnit::slipWarningKey).forEach(keys::add);
        Arrays.stream(BilirubinUnit.values()).map(BilirubinUnit::slipWarningKey).forEach(keys::add);
        Arrays.stream(AdviceKind.values()).map(AdviceKind::labelKey).forEach(keys::add);
        return keys.stream().distinct().toList();
    }
}
