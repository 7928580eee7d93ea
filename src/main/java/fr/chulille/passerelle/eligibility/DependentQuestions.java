package fr.chulille.passerelle.eligibility;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Issue 16: ask only what can change the advice. Some questions of the referral form matter only given
 * other answers; this says, from the answers already given, whether such a question is needed, i.e.
 * whether any answer to it could change any criterion's outcome. A question that is not needed is not
 * shown (an answer already given to it is kept and stored as given). Every other question is always
 * needed.
 * <ul>
 *   <li>{@link Fact#INDUCTION_COURSES}: only for primary refractory AML (inclusion item 3 counts the courses
 *       of that definition only);</li>
 *   <li>{@link Fact#GILBERT_SYNDROME}: only when the total bilirubin is above the limit of inclusion item 13
 *       (the exception "except in subjects with Gilbert's syndrome" matters for nothing else);</li>
 *   <li>{@link Fact#AGREES_TO_CONDOM_USE}: only for a man (inclusion item 19);</li>
 *   <li>{@link Fact#CHILDBEARING_POTENTIAL}: unless the patient is a man (inclusion item 18);</li>
 *   <li>{@link Fact#AGREES_TO_CONTRACEPTION}, {@link Fact#AGREES_TO_AVOID_BREASTFEEDING}: only for a woman (or
 *       a patient whose sex is not given) of childbearing potential (inclusion items 18.2 and 18.3);</li>
 *   <li>{@link Fact#PREGNANCY_TEST}: unless the patient is a man; and for a patient not of childbearing
 *       potential (or not said to be) only while pregnancy is not already stated (exclusion item 13:
 *       a positive test adds nothing then);</li>
 *   <li>{@link Fact#PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY}: unless the patient is a man or the
 *       pregnancy test is positive (exclusion item 13 is then settled).</li>
 * </ul>
 * Values the validator refuses count as unknown, as in the pre-check ({@link EligibilityEngine}).
 * The laboratory's upper limit of normal for ALT/AST is a part of the value, shown only for U/L (referral form).
 */
public final class DependentQuestions {

    /** The questions whose need depends on other answers. */
    public static final Set<Fact> FACTS = Collections.unmodifiableSet(EnumSet.of(Fact.INDUCTION_COURSES,
            Fact.GILBERT_SYNDROME, Fact.CHILDBEARING_POTENTIAL, Fact.PREGNANCY_TEST, Fact.AGREES_TO_CONTRACEPTION,
            Fact.AGREES_TO_AVOID_BREASTFEEDING, Fact.PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY,
            Fact.AGREES_TO_CONDOM_USE));

    private static final Criterion BILIRUBIN = TrialCriteria.byId("INC-13").orElseThrow();

    private DependentQuestions() {
    }

    /** The questions of {@link #FACTS} not needed given {@code facts}. */
    public static Set<Fact> notNeeded(ClinicalFacts facts, int referenceYear) {
        ClinicalFacts usable = usable(facts, referenceYear);
        Set<Fact> notNeeded = EnumSet.noneOf(Fact.class);
        FACTS.stream().filter(fact -> !isNeeded(fact, usable, referenceYear)).forEach(notNeeded::add);
        return notNeeded;
    }

    /** Whether some answer to {@code fact} could change a criterion's outcome, given the other answers in {@code facts}. */
    public static boolean isNeeded(Fact fact, ClinicalFacts facts, int referenceYear) {
        return !FACTS.contains(fact) || isNeededIn(fact, usable(facts, referenceYear), referenceYear);
    }

    private static boolean isNeededIn(Fact fact, ClinicalFacts facts, int referenceYear) {
        boolean notMale = facts.sex() != Sex.MALE;
        boolean ofChildbearingPotential = facts.childbearingPotential() == Answer.YES;
        return switch (fact) {
            case INDUCTION_COURSES -> facts.diseaseStatus() == DiseaseStatus.PRIMARY_REFRACTORY;
            // above the limit without the exception, the criterion fails: the exception can change it
            case GILBERT_SYNDROME -> BILIRUBIN.evaluate(facts.toBuilder().gilbertSyndrome(Answer.NO).build(), referenceYear)
                    .outcome() == Outcome.NOT_MET;
            case AGREES_TO_CONDOM_USE -> facts.sex() == Sex.MALE;
            case CHILDBEARING_POTENTIAL -> notMale;
            case AGREES_TO_CONTRACEPTION, AGREES_TO_AVOID_BREASTFEEDING -> notMale && ofChildbearingPotential;
            case PREGNANCY_TEST -> notMale
                    && (ofChildbearingPotential || facts.pregnantBreastfeedingOrPlanningPregnancy() != Answer.YES);
            case PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY -> notMale && facts.pregnancyTest() != PregnancyTest.POSITIVE;
            default -> true;
        };
    }

    private static ClinicalFacts usable(ClinicalFacts facts, int referenceYear) {
        return facts.without(FactsValidator.validate(facts, referenceYear).invalidFacts());
    }
}
