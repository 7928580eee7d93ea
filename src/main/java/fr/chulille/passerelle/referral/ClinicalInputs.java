package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.AnswerSource;
import fr.chulille.passerelle.eligibility.BilirubinUnit;
import fr.chulille.passerelle.eligibility.BrainMri;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.CreatinineClearanceEstimate;
import fr.chulille.passerelle.eligibility.CreatinineUnit;
import fr.chulille.passerelle.eligibility.DependentQuestions;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.FieldProblem;
import fr.chulille.passerelle.eligibility.GroupedAttestation;
import fr.chulille.passerelle.eligibility.MessageKey;
import fr.chulille.passerelle.eligibility.PregnancyTest;
import fr.chulille.passerelle.eligibility.Sex;
import fr.chulille.passerelle.eligibility.ValidationResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every clinical input of the referral form, one per {@link Fact}. Nothing is pre-selected; every
 * select offers "unknown / not available", and an empty number is unknown.
 */
final class ClinicalInputs {

    /** What the form holds now: the facts, the lab sample dates, and the values left incomplete. */
    record Reading(ClinicalFacts facts, Map<String, LocalDate> labSampleDates, Map<HasValidation, String> incomplete) {
    }

    private final Texts texts;
    private final Map<Fact, HasValidation> inputs = new EnumMap<>(Fact.class);
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final Set<HasValidation> markedInvalid = new HashSet<>();
    private final List<TextFieldBase<?, ?>> numbers = new ArrayList<>();
    /** How each question of the grouped attestation was answered; absent while unanswered. */
    private final Map<Fact, AnswerSource> answerSources = new EnumMap<>(Fact.class);
    /** True while "none of the following applies" sets its questions: one pre-check at the end, not one per question. */
    private boolean attesting;

    final IntegerField ageYears;
    final IntegerField birthYear;
    final ChoiceSelect<Choice<Sex>> sex;
    final BigDecimalField weightKg;
    final BigDecimalField cd19;
    final ChoiceSelect<Choice<DiseaseStatus>> diseaseStatus;
    final IntegerField inductionCourses;
    final ChoiceSelect<Answer> untriedTargetedTherapy;
    final ChoiceSelect<Choice<Integer>> ecog;
    final BigDecimalField lifeExpectancy;
    final ChoiceSelect<Choice<BrainMri>> brainMri;
    final ChoiceSelect<Choice<Integer>> toxicityGrade;
    final LabInput<CellCountUnit> platelets;
    final LabInput<CellCountUnit> lymphocytes;
    final LabInput<CreatinineUnit> creatinine;
    final Paragraph clearanceEstimate = new Paragraph();
    final BigDecimalField measuredClearance;
    final LiverEnzymeInput alt;
    final LiverEnzymeInput ast;
    final LabInput<BilirubinUnit> bilirubin;
    final ChoiceSelect<Answer> gilbert;
    final BigDecimalField lvef;
    final ChoiceSelect<Answer> ecg;
    final ChoiceSelect<Answer> pleuralEffusion;
    final BigDecimalField spo2;
    final ChoiceSelect<Answer> childbearingPotential;
    final ChoiceSelect<Choice<PregnancyTest>> pregnancyTest;
    final ChoiceSelect<Answer> contraception;
    final ChoiceSelect<Answer> avoidBreastfeeding;
    final ChoiceSelect<Answer> condomUse;
    final ChoiceSelect<Answer> pregnantOrBreastfeeding;
    final Map<Fact, ChoiceSelect<Answer>> exclusionQuestions = new LinkedHashMap<>();

    ClinicalInputs(Texts texts) {
        this.texts = texts;
        ageYears = integer(Fact.AGE_YEARS);
        birthYear = integer(Fact.BIRTH_YEAR);
        sex = choice(Fact.SEX, List.of(Sex.values()), Sex::labelKey);
        weightKg = decimal(Fact.WEIGHT_KG);
        cd19 = decimal(Fact.CD19_PERCENT_OF_BLASTS);
        diseaseStatus = choice(Fact.DISEASE_STATUS, List.of(DiseaseStatus.values()), DiseaseStatus::labelKey);
        texts.helper(diseaseStatus, "referral.helper.disease-status");
        inductionCourses = integer(Fact.INDUCTION_COURSES);
        texts.helper(inductionCourses, "referral.helper.induction-courses");
        untriedTargetedTherapy = answer(Fact.UNTRIED_TARGETED_THERAPY_AVAILABLE);
        ecog = choice(Fact.ECOG, IntStream.rangeClosed(0, 5).boxed().toList(), grade -> "referral.ecog." + grade);
        lifeExpectancy = decimal(Fact.LIFE_EXPECTANCY_MONTHS);
        brainMri = choice(Fact.BRAIN_MRI, List.of(BrainMri.values()), BrainMri::labelKey);
        // grade 5 (death) cannot describe a current toxicity
        toxicityGrade = choice(Fact.WORST_PRIOR_TOXICITY_GRADE, IntStream.rangeClosed(0, 4).boxed().toList(),
                grade -> "referral.ctcae." + grade);
        platelets = lab(Fact.PLATELETS, List.of(CellCountUnit.GIGA_PER_LITRE, CellCountUnit.PER_MICROLITRE));
        lymphocytes = lab(Fact.LYMPHOCYTES, List.of(CellCountUnit.GIGA_PER_LITRE, CellCountUnit.PER_MICROLITRE));
        creatinine = lab(Fact.CREATININE, List.of(CreatinineUnit.MICROMOL_PER_L, CreatinineUnit.MG_PER_DL));
        clearanceEstimate.setId("clearance-estimate");
        clearanceEstimate.addClassName("clearance-estimate");
        clearanceEstimate.getElement().setAttribute("aria-live", "polite");
        measuredClearance = decimal(Fact.MEASURED_CREATININE_CLEARANCE);
        texts.helper(measuredClearance, MessageKey.HELP_MEASURED_CREATININE_CLEARANCE.key());
        alt = liver(Fact.ALT);
        ast = liver(Fact.AST);
        bilirubin = lab(Fact.BILIRUBIN, List.of(BilirubinUnit.MICROMOL_PER_L, BilirubinUnit.MG_PER_DL));
        gilbert = answer(Fact.GILBERT_SYNDROME);
        lvef = decimal(Fact.LVEF_PERCENT);
        ecg = answer(Fact.SIGNIFICANT_ECG_FINDING);
        pleuralEffusion = answer(Fact.SIGNIFICANT_PLEURAL_EFFUSION);
        spo2 = decimal(Fact.SPO2_ROOM_AIR_PERCENT);
        childbearingPotential = answer(Fact.CHILDBEARING_POTENTIAL);
        pregnancyTest = choice(Fact.PREGNANCY_TEST, List.of(PregnancyTest.values()), PregnancyTest::labelKey);
        contraception = answer(Fact.AGREES_TO_CONTRACEPTION);
        avoidBreastfeeding = answer(Fact.AGREES_TO_AVOID_BREASTFEEDING);
        condomUse = answer(Fact.AGREES_TO_CONDOM_USE);
        pregnantOrBreastfeeding = answer(Fact.PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY);
        Stream.of(Fact.ABLE_TO_SIGN_CONSENT, Fact.OTHER_MALIGNANCY_HISTORY, Fact.PRIOR_CD19_TARGETED_THERAPY,
                Fact.PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY, Fact.UNCONTROLLED_INFECTION, Fact.HIV_OR_HTLV1_HISTORY,
                Fact.ACTIVE_HEPATITIS_C, Fact.ACTIVE_HEPATITIS_B, Fact.CSF_MALIGNANT_CELLS_OR_BRAIN_METASTASES,
                Fact.NON_MALIGNANT_CNS_DISORDER, Fact.UNDER_GUARDIANSHIP_OR_CURATORSHIP, Fact.HYPERSENSITIVITY_TO_PRODUCT,
                Fact.LYMPHODEPLETION_CONTRAINDICATION, Fact.MEDICAL_INSURANCE)
                .forEach(fact -> exclusionQuestions.put(fact, answer(fact)));
        GroupedAttestation.facts().forEach(fact -> question(fact).addValueChangeListener(change -> {
            if (!attesting) {
                // answered on its own, also after the group answer: that answer wins and is recorded as such
                if (change.getValue() == null) {
                    answerSources.remove(fact);
                } else {
                    answerSources.put(fact, AnswerSource.ANSWERED);
                }
            }
        }));
    }

    /**
     * "None of the following applies to my patient": ticked, each unanswered question of the group gets the
     * answer under which its exclusion is absent ({@link GroupedAttestation#attestedAnswer}); a question
     * answered on its own keeps its answer. Unticked, the answers the group gave are taken back.
     */
    void attestNone(GroupedAttestation.Group group, boolean attested) {
        attesting = true;
        try {
            for (Fact fact : group.facts()) {
                ChoiceSelect<Answer> question = question(fact);
                if (attested && question.getValue() == null) {
                    question.setValue(GroupedAttestation.attestedAnswer(fact));
                    answerSources.put(fact, AnswerSource.ATTESTED_IN_GROUP);
                } else if (!attested && answerSources.get(fact) == AnswerSource.ATTESTED_IN_GROUP) {
                    question.clear();
                    answerSources.remove(fact);
                }
            }
        } finally {
            attesting = false;
        }
        changed();
    }

    /** For each answered question of the group, by its field name: answered on its own, or attested with the group. */
    Map<String, AnswerSource> answerSources() {
        Map<String, AnswerSource> sources = new LinkedHashMap<>();
        for (Fact fact : GroupedAttestation.facts()) {
            if (question(fact).getValue() != null) {
                sources.put(fact.fieldName(), answerSources.getOrDefault(fact, AnswerSource.ANSWERED));
            }
        }
        return sources;
    }

    /** The yes/no question of {@code fact}, in a group: its own one. */
    @SuppressWarnings("unchecked")
    private ChoiceSelect<Answer> question(Fact fact) {
        return (ChoiceSelect<Answer>) inputs.get(fact);
    }

    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    Reading read() {
        Map<HasValidation, String> incomplete = new LinkedHashMap<>();
        numbers.stream().filter(ClinicalInputs::unreadable)
                .forEach(number -> incomplete.put((HasValidation) number, "referral.validation.not-a-number"));
        ClinicalFacts.Builder facts = ClinicalFacts.builder()
                .ageYears(ageYears.getValue())
                .birthYear(birthYear.getValue())
                .sex(valueOf(sex))
                .weightKg(weightKg.getValue())
                .cd19PercentOfBlasts(cd19.getValue())
                .diseaseStatus(valueOf(diseaseStatus))
                .inductionCourses(inductionCourses.getValue())
                .untriedTargetedTherapyAvailable(untriedTargetedTherapy.getValue())
                .ecog(valueOf(ecog))
                .lifeExpectancyMonths(lifeExpectancy.getValue())
                .brainMri(valueOf(brainMri))
                .worstPriorToxicityGrade(valueOf(toxicityGrade))
                .platelets(platelets.measurement(incomplete::put))
                .lymphocytes(lymphocytes.measurement(incomplete::put))
                .creatinine(creatinine.measurement(incomplete::put))
                .measuredCreatinineClearance(measuredClearance.getValue())
                .alt(alt.enzyme(incomplete::put))
                .ast(ast.enzyme(incomplete::put))
                .bilirubin(bilirubin.measurement(incomplete::put))
                .gilbertSyndrome(gilbert.getValue())
                .lvefPercent(lvef.getValue())
                .significantEcgFinding(ecg.getValue())
                .significantPleuralEffusion(pleuralEffusion.getValue())
                .spo2RoomAirPercent(spo2.getValue())
                .childbearingPotential(childbearingPotential.getValue())
                .pregnancyTest(valueOf(pregnancyTest))
                .agreesToContraception(contraception.getValue())
                .agreesToAvoidBreastfeeding(avoidBreastfeeding.getValue())
                .agreesToCondomUse(condomUse.getValue())
                .pregnantBreastfeedingOrPlanningPregnancy(pregnantOrBreastfeeding.getValue());
        return new Reading(withExclusionAnswers(facts.build()), sampleDates(incomplete), incomplete);
    }

    /** Shows each impossible or incomplete value beside its field, and clears the fields now correct. */
    void showProblems(ValidationResult validation, Map<HasValidation, String> incomplete) {
        Map<HasValidation, String> messages = new LinkedHashMap<>();
        for (Map.Entry<Fact, List<FieldProblem>> entry : validation.problems().stream()
                .collect(Collectors.groupingBy(FieldProblem::field, LinkedHashMap::new, Collectors.toList())).entrySet()) {
            messages.put(inputs.get(entry.getKey()), entry.getValue().stream()
                    .map(problem -> texts.t(problem.message())).distinct().collect(Collectors.joining(" ")));
        }
        incomplete.forEach((input, key) -> messages.putIfAbsent(input, texts.t(key)));
        markedInvalid.stream().filter(input -> !messages.containsKey(input)).forEach(input -> {
            input.setErrorMessage(null);
            input.setInvalid(false);
        });
        markedInvalid.clear();
        messages.forEach((input, message) -> {
            input.setErrorMessage(message);
            input.setInvalid(true);
            markedInvalid.add(input);
        });
    }

    /**
     * Shows beside each laboratory value the unit slip it probably is ("45/µL: did you mean 45 G/L?"), as
     * helper text: a warning, never an error, so that it never blocks sending.
     */
    void showWarnings(ValidationResult validation) {
        for (LabInput<?> lab : List.of(platelets, lymphocytes, creatinine, bilirubin)) {
            String warning = validation.warningsFor(lab.fact()).stream().map(problem -> texts.t(problem.message()))
                    .collect(Collectors.joining(" "));
            lab.value.setHelperText(warning.isEmpty() ? null : warning);
            lab.value.getElement().setAttribute("data-warning", !warning.isEmpty());
        }
    }

    boolean hasProblems() {
        return !markedInvalid.isEmpty();
    }

    Optional<HasValidation> firstProblem() {
        return markedInvalid.stream().findFirst();
    }

    /** Moves the focus to the field of {@code fact}, opening the folded part of the form that holds it. */
    void focus(Fact fact) {
        if (inputs.get(fact) instanceof Component field && field instanceof Focusable<?> focusable) {
            for (Component parent = field.getParent().orElse(null); parent != null; parent = parent.getParent().orElse(null)) {
                if (parent instanceof Details details) {
                    details.setOpened(true);
                }
            }
            focusable.focus();
        }
    }

    /**
     * Issue 16: a question that no answer could make change the advice, given the other answers
     * ({@link DependentQuestions}), is not shown; one already answered stays shown, its answer kept as given.
     */
    void showNeededQuestions(ClinicalFacts facts, int referenceYear) {
        Set<Fact> notNeeded = DependentQuestions.notNeeded(facts, referenceYear);
        for (Fact fact : DependentQuestions.FACTS) {
            if (inputs.get(fact) instanceof Component field && field instanceof HasValue<?, ?> input) {
                field.setVisible(!notNeeded.contains(fact) || !input.isEmpty());
            }
        }
    }

    void showClearance(Optional<CreatinineClearanceEstimate> estimate) {
        Texts.show(clearanceEstimate, estimate
                .map(e -> texts.t("referral.clearance.estimated", Map.of("formula", texts.t(e.formula()))))
                .orElseGet(() -> texts.t("referral.clearance.how")));
    }

    private ClinicalFacts withExclusionAnswers(ClinicalFacts facts) {
        ClinicalFacts.Builder builder = facts.toBuilder();
        Function<Fact, Answer> answer = fact -> exclusionQuestions.get(fact).getValue();
        return builder.ableToSignConsent(answer.apply(Fact.ABLE_TO_SIGN_CONSENT))
                .otherMalignancyHistory(answer.apply(Fact.OTHER_MALIGNANCY_HISTORY))
                .priorCd19TargetedTherapy(answer.apply(Fact.PRIOR_CD19_TARGETED_THERAPY))
                .priorGeneticallyModifiedTCellTherapy(answer.apply(Fact.PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY))
                .uncontrolledInfection(answer.apply(Fact.UNCONTROLLED_INFECTION))
                .hivOrHtlv1History(answer.apply(Fact.HIV_OR_HTLV1_HISTORY))
                .activeHepatitisC(answer.apply(Fact.ACTIVE_HEPATITIS_C))
                .activeHepatitisB(answer.apply(Fact.ACTIVE_HEPATITIS_B))
                .csfMalignantCellsOrBrainMetastases(answer.apply(Fact.CSF_MALIGNANT_CELLS_OR_BRAIN_METASTASES))
                .nonMalignantCnsDisorder(answer.apply(Fact.NON_MALIGNANT_CNS_DISORDER))
                .underGuardianshipOrCuratorship(answer.apply(Fact.UNDER_GUARDIANSHIP_OR_CURATORSHIP))
                .hypersensitivityToProduct(answer.apply(Fact.HYPERSENSITIVITY_TO_PRODUCT))
                .lymphodepletionContraindication(answer.apply(Fact.LYMPHODEPLETION_CONTRAINDICATION))
                .medicalInsurance(answer.apply(Fact.MEDICAL_INSURANCE))
                .build();
    }

    private Map<String, LocalDate> sampleDates(Map<HasValidation, String> incomplete) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        Map<Fact, DatePicker> pickers = new LinkedHashMap<>();
        pickers.put(Fact.PLATELETS, platelets.sampleDate);
        pickers.put(Fact.LYMPHOCYTES, lymphocytes.sampleDate);
        pickers.put(Fact.CREATININE, creatinine.sampleDate);
        pickers.put(Fact.ALT, alt.sampleDate);
        pickers.put(Fact.AST, ast.sampleDate);
        pickers.put(Fact.BILIRUBIN, bilirubin.sampleDate);
        pickers.forEach((fact, picker) -> {
            if (picker.getValue() != null && picker.getValue().isAfter(LocalDate.now(ReferralService.TRIAL_ZONE))) {
                incomplete.put(picker, "referral.validation.date-in-future");
            } else if (picker.getValue() != null) {
                dates.put(fact.fieldName(), picker.getValue());
            }
        });
        return dates;
    }

    /** Typed text the field cannot read as a number ("1.2.5"): its value stays empty, the text must not be lost silently. */
    private static <V> boolean unreadable(TextFieldBase<?, V> field) {
        return field.getDefaultValidator().apply(field.getValue(), null).isError();
    }

    /** Keeps the field's decimal separator that of the page's language, also after the language changes. */
    private BigDecimalField number(BigDecimalField field) {
        texts.on(field, () -> field.setLocale(texts.locale()));
        return watched(field);
    }

    private <F extends TextFieldBase<F, ?>> F watched(F field) {
        numbers.add(field);
        field.addValidationStatusChangeListener(e -> changed());
        return field;
    }

    private static <T> T valueOf(ChoiceSelect<Choice<T>> select) {
        return select.getValue() == null ? null : select.getValue().value();
    }

    private IntegerField integer(Fact fact) {
        IntegerField field = register(fact, new IntegerField());
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        return watched(field);
    }

    private BigDecimalField decimal(Fact fact) {
        BigDecimalField field = register(fact, new BigDecimalField());
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        return number(field);
    }

    private ChoiceSelect<Answer> answer(Fact fact) {
        ChoiceSelect<Answer> select = register(fact, new ChoiceSelect<>());
        select.setItems(Answer.values());
        texts.on(select, () -> select.setItemLabelGenerator(answer -> texts.t(answer.labelKey())));
        return select;
    }

    private <T> ChoiceSelect<Choice<T>> choice(Fact fact, List<T> values, Function<T, String> labelKey) {
        ChoiceSelect<Choice<T>> select = register(fact, new ChoiceSelect<>());
        List<Choice<T>> items = new ArrayList<>(values.stream().map(Choice::new).toList());
        items.add(Choice.unknown());
        select.setItems(items);
        texts.on(select, () -> select.setItemLabelGenerator(choice -> choice.isUnknown()
                ? texts.t("referral.choice.unknown") : texts.t(labelKey.apply(choice.value()))));
        return select;
    }

    private <U extends fr.chulille.passerelle.eligibility.MeasurementUnit> LabInput<U> lab(Fact fact, List<U> units) {
        LabInput<U> input = new LabInput<>(fact, units, texts);
        inputs.put(fact, number(input.value));
        input.onChange(this::changed);
        input.sampleDate.addValueChangeListener(e -> changed());
        return input;
    }

    private LiverEnzymeInput liver(Fact fact) {
        LiverEnzymeInput input = new LiverEnzymeInput(fact, texts);
        inputs.put(fact, number(input.value));
        number(input.upperLimit);
        input.onChange(this::changed);
        input.sampleDate.addValueChangeListener(e -> changed());
        return input;
    }

    private <C extends Component & HasValue<?, ?> & HasValidation & com.vaadin.flow.component.HasLabel> C register(Fact fact, C input) {
        input.setId(fact.fieldName());
        texts.label(input, fact.labelKey());
        inputs.put(fact, input);
        input.addValueChangeListener(e -> changed());
        return input;
    }

    private void changed() {
        if (attesting) {
            return;
        }
        changeListeners.forEach(Runnable::run);
    }
}
