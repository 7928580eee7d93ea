package fr.chulille.passerelle.fhir;

import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.BilirubinUnit;
import fr.chulille.passerelle.eligibility.BrainMri;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.CreatinineUnit;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.LiverEnzyme;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.PregnancyTest;
import fr.chulille.passerelle.eligibility.Sex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Patients for the paired JSON/FHIR tests: a few written out (eligible man and woman, nothing known,
 * values on the thresholds), then seeded random ones: each fact unknown one time in three, otherwise a
 * value drawn around the protocol's threshold, in either unit. All possible (the validator accepts them).
 */
final class PairedFixtures {

    /** One patient: its facts, how the FHIR side writes them, and a name for the test report. */
    record Fixture(String name, ClinicalFacts facts, FhirBundles.Style style) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PairedFixtures() {
    }

    static List<Fixture> all() {
        List<Fixture> fixtures = new ArrayList<>();
        fixtures.add(new Fixture("eligible man", eligibleMan().build(), FhirBundles.Style.PLAIN));
        fixtures.add(new Fixture("eligible woman, birth year", eligibleMan().ageYears(null).birthYear(1980).sex(Sex.FEMALE)
                .childbearingPotential(Answer.YES).pregnancyTest(PregnancyTest.NEGATIVE).agreesToContraception(Answer.YES)
                .agreesToAvoidBreastfeeding(Answer.YES).agreesToCondomUse(null).pregnantBreastfeedingOrPlanningPregnancy(Answer.NO)
                .build(), new FhirBundles.Style(true, true, true, null)));
        fixtures.add(new Fixture("nothing known", ClinicalFacts.empty(), FhirBundles.Style.PLAIN));
        fixtures.add(new Fixture("on every threshold", eligibleMan().cd19PercentOfBlasts(dec("70")).ecog(2)
                .lifeExpectancyMonths(dec("2")).worstPriorToxicityGrade(1).platelets(Measurement.of("30000", CellCountUnit.PER_MICROLITRE))
                .lymphocytes(Measurement.of("0.2", CellCountUnit.GIGA_PER_LITRE)).bilirubin(Measurement.of("1.5", BilirubinUnit.MG_PER_DL))
                .lvefPercent(dec("45")).spo2RoomAirPercent(dec("92")).alt(LiverEnzyme.unitsPerLitre("100", "40")).build(),
                FhirBundles.Style.PLAIN));
        fixtures.add(new Fixture("age from a full birth date", eligibleMan().build(), birthDateStyle(54, 40)));
        Random random = new Random(20261130);
        for (int i = 1; i <= 60; i++) {
            ClinicalFacts facts = randomFacts(random);
            LocalDate birthDate = null;
            if (facts.ageYears() != null && i % 4 == 0) {
                // a full birth date gives both the exact age and the year: the JSON side says both
                birthDate = birthDateStyle(facts.ageYears(), random.nextInt(300)).birthDate();
                facts = facts.toBuilder().birthYear(birthDate.getYear()).build();
            }
            fixtures.add(new Fixture("random patient " + i, facts,
                    new FhirBundles.Style(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), birthDate)));
        }
        return fixtures;
    }

    private static FhirBundles.Style birthDateStyle(int age, int daysAfterBirthday) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return new FhirBundles.Style(false, false, false, today.minusYears(age).minusDays(daysAfterBirthday));
    }

    static ClinicalFacts withBirthYearOf(Fixture fixture) {
        return fixture.style().birthDate() == null ? fixture.facts()
                : fixture.facts().toBuilder().birthYear(fixture.style().birthDate().getYear()).build();
    }

    private static ClinicalFacts randomFacts(Random r) {
        ClinicalFacts.Builder b = ClinicalFacts.builder();
        if (known(r)) {
            if (r.nextBoolean()) {
                b.ageYears(16 + r.nextInt(70));
            } else {
                b.birthYear(LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 16 - r.nextInt(70));
            }
        }
        Sex sex = known(r) ? (r.nextBoolean() ? Sex.MALE : Sex.FEMALE) : null;
        b.sex(sex);
        if (known(r)) b.weightKg(dec(40 + r.nextInt(80) + "." + r.nextInt(10)));
        if (known(r)) b.cd19PercentOfBlasts(dec(String.valueOf(55 + r.nextInt(46))));
        if (known(r)) b.diseaseStatus(pick(r, DiseaseStatus.values()));
        if (known(r)) b.inductionCourses(r.nextInt(4));
        if (known(r)) b.ecog(r.nextInt(4));
        if (known(r)) b.lifeExpectancyMonths(dec(String.valueOf(1 + r.nextInt(12))));
        if (known(r)) b.brainMri(pick(r, BrainMri.values()));
        if (known(r)) b.worstPriorToxicityGrade(r.nextInt(4));
        if (known(r)) b.platelets(r.nextBoolean() ? Measurement.of(String.valueOf(10 + r.nextInt(60)), CellCountUnit.GIGA_PER_LITRE)
                : Measurement.of(String.valueOf(10000 + r.nextInt(60000)), CellCountUnit.PER_MICROLITRE));
        if (known(r)) b.lymphocytes(r.nextBoolean() ? Measurement.of("0." + (1 + r.nextInt(9)), CellCountUnit.GIGA_PER_LITRE)
                : Measurement.of(String.valueOf(50 + r.nextInt(900)), CellCountUnit.PER_MICROLITRE));
        if (known(r)) b.creatinine(r.nextBoolean() ? Measurement.of("0." + (5 + r.nextInt(5)) + r.nextInt(10), CreatinineUnit.MG_PER_DL)
                : Measurement.of(String.valueOf(45 + r.nextInt(200)), CreatinineUnit.MICROMOL_PER_L));
        if (known(r)) b.measuredCreatinineClearance(dec(String.valueOf(20 + r.nextInt(100))));
        if (known(r)) b.alt(LiverEnzyme.unitsPerLitre(String.valueOf(10 + r.nextInt(150)), r.nextInt(4) == 0 ? null : "40"));
        if (known(r)) b.ast(LiverEnzyme.unitsPerLitre(String.valueOf(10 + r.nextInt(150)), r.nextInt(4) == 0 ? null : "35"));
        if (known(r)) b.bilirubin(r.nextBoolean() ? Measurement.of(r.nextInt(2) + "." + r.nextInt(10) + (1 + r.nextInt(9)), BilirubinUnit.MG_PER_DL)
                : Measurement.of(String.valueOf(5 + r.nextInt(40)), BilirubinUnit.MICROMOL_PER_L));
        if (known(r)) b.lvefPercent(dec(String.valueOf(35 + r.nextInt(30))));
        if (known(r)) b.spo2RoomAirPercent(dec(String.valueOf(88 + r.nextInt(12))));
        if (known(r)) b.pregnancyTest(pick(r, PregnancyTest.values()));
        for (Fact fact : Fact.values()) {
            if (QuestionnaireItems.isYesNo(fact) && known(r)) {
                Answer answer = pick(r, Answer.values());
                if (fact == Fact.CHILDBEARING_POTENTIAL && sex == Sex.MALE && answer == Answer.YES) {
                    answer = Answer.NO;
                }
                FactSetter.set(b, fact, answer);
            }
        }
        return b.build();
    }

    static ClinicalFacts.Builder eligibleMan() {
        return ClinicalFacts.builder()
                .ageYears(54).sex(Sex.MALE).weightKg(dec("70"))
                .cd19PercentOfBlasts(dec("85")).diseaseStatus(DiseaseStatus.POST_TRANSPLANT_RELAPSE)
                .untriedTargetedTherapyAvailable(Answer.NO).ecog(1).lifeExpectancyMonths(dec("6"))
                .brainMri(BrainMri.NO_CNS_INVOLVEMENT).worstPriorToxicityGrade(1)
                .platelets(Measurement.of("45", CellCountUnit.GIGA_PER_LITRE))
                .lymphocytes(Measurement.of("350", CellCountUnit.PER_MICROLITRE))
                .creatinine(Measurement.of("80", CreatinineUnit.MICROMOL_PER_L))
                .alt(LiverEnzyme.unitsPerLitre("48", "40")).ast(LiverEnzyme.unitsPerLitre("60", "40"))
                .bilirubin(Measurement.of("12", BilirubinUnit.MICROMOL_PER_L)).gilbertSyndrome(Answer.NO)
                .lvefPercent(dec("60")).significantEcgFinding(Answer.NO).significantPleuralEffusion(Answer.NO)
                .spo2RoomAirPercent(dec("97")).agreesToCondomUse(Answer.YES)
                .ableToSignConsent(Answer.YES).otherMalignancyHistory(Answer.NO).priorCd19TargetedTherapy(Answer.NO)
                .priorGeneticallyModifiedTCellTherapy(Answer.NO).uncontrolledInfection(Answer.NO)
                .hivOrHtlv1History(Answer.NO).activeHepatitisC(Answer.NO).activeHepatitisB(Answer.NO)
                .csfMalignantCellsOrBrainMetastases(Answer.NO).nonMalignantCnsDisorder(Answer.NO)
                .underGuardianshipOrCuratorship(Answer.NO).pregnantBreastfeedingOrPlanningPregnancy(Answer.NO)
                .hypersensitivityToProduct(Answer.NO).lymphodepletionContraindication(Answer.NO).medicalInsurance(Answer.YES);
    }

    private static boolean known(Random r) {
        return r.nextInt(3) != 0;
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
