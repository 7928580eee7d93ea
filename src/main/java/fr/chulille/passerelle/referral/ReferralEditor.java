package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BinderValidationErrorHandler;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.GroupedAttestation;
import fr.chulille.passerelle.layout.Markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The referral form as a component (issue 16, item 7, after Vaadin's CRM tutorial): it holds the inputs and
 * their problems, and fires a {@link ChangeEvent} with the facts read after each change and a
 * {@link SubmitEvent} with the submission when the referrer sends a form without problems. It calls no
 * service: its view listens, asks for the pre-check and gives it back with {@link #show(PreCheck)}.
 */
class ReferralEditor extends Div {

    private final Texts texts;
    private final ReferralForm form = new ReferralForm();
    private final BeanValidationBinder<ReferralForm> binder = new BeanValidationBinder<>(ReferralForm.class);
    private final ClinicalInputs clinical;
    /** One per form: a double click, or a resent request, stores one referral. */
    private final UUID submissionToken = UUID.randomUUID();
    private final TextField rpps = new TextField();
    private final Paragraph formError = new Paragraph();
    private final Button submit = new Button();
    /** The form as last read: its incomplete values are shown with the pre-check of its facts. */
    private ClinicalInputs.Reading reading;
    /** The form's sections, in order; on a phone all but the first and the last start collapsed (issue 16, item 5). */
    private final List<FormSection> sections = new ArrayList<>();

    ReferralEditor(Texts texts) {
        this.texts = texts;
        this.clinical = new ClinicalInputs(texts);
        addClassName("referral-form");
        binder.setValidationErrorHandler(new TranslatingErrorHandler());
        add(knockOutSection(), referrerSection(), patientSection(), diseaseSection(), conditionSection(),
                labSection(), heartAndLungsSection(), reproductionSection(), exclusionSection(), sendSection());
        binder.setBean(form);
        sections.forEach(FormSection::watch);
        clinical.onChange(() -> fireEvent(new ChangeEvent(this, read())));
        read();
    }

    /** Only the knock-out questions and the sending stay open: the empty form on a phone is a list of section headings. */
    void collapseForANarrowScreen() {
        sections.subList(1, sections.size() - 1).forEach(section -> section.setOpen(false));
    }

    List<FormSection> sections() {
        return List.copyOf(sections);
    }

    /** After each change of a clinical input: the facts the form now holds. */
    static final class ChangeEvent extends ComponentEvent<ReferralEditor> {

        private final ClinicalFacts facts;

        ChangeEvent(ReferralEditor source, ClinicalFacts facts) {
            super(source, false);
            this.facts = facts;
        }

        ClinicalFacts facts() {
            return facts;
        }
    }

    /** The referrer sends a form whose identity and clinical values are valid (the advice does not matter). */
    static final class SubmitEvent extends ComponentEvent<ReferralEditor> {

        private final ReferralSubmission submission;

        SubmitEvent(ReferralEditor source, ReferralSubmission submission) {
            super(source, false);
            this.submission = submission;
        }

        ReferralSubmission submission() {
            return submission;
        }
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** Reads the clinical inputs (no validation, no evaluation) and remembers what was read. */
    ClinicalFacts read() {
        reading = clinical.read();
        return reading.facts();
    }

    /**
     * The pre-check of the facts last read: impossible or incomplete values beside their fields, unit slips, the
     * clearance; and only the questions that can still change the advice ({@code referenceYear} dates the age).
     */
    void show(PreCheck preCheck, int referenceYear) {
        clinical.showProblems(preCheck.validation(), reading.incomplete());
        clinical.showWarnings(preCheck.validation());
        clinical.showClearance(preCheck.clearance());
        clinical.showNeededQuestions(reading.facts(), referenceYear);
    }

    /** Moves the focus to the field of {@code fact} ("answer next"). */
    void focus(Fact fact) {
        Stream.of(fact.fieldName(), fact.fieldName() + "-value").forEach(id -> sections.stream()
                .filter(section -> contains(section, id))
                .forEach(section -> section.setOpen(true)));
        clinical.focus(fact);
    }

    private static boolean contains(Component parent, String id) {
        return parent.getChildren().anyMatch(child -> child.getId().filter(id::equals).isPresent() || contains(child, id));
    }

    /** After the texts were set again in the new language: the warnings and errors the binder shows, translated. */
    void localeChanged() {
        rppsWarning();
        binder.getFields().filter(field -> ((HasValidation) field).isInvalid()).findAny()
                .ifPresent(any -> binder.validate());
    }

    private void send() {
        boolean identityValid = binder.validate().isOk();
        if (!identityValid || clinical.hasProblems()) {
            formError.setVisible(true);
            firstInvalid().ifPresent(field -> {
                // its section opened first: a collapsed section's fields cannot take the focus
                sections.stream().filter(section -> isWithin((Component) field, section))
                        .forEach(section -> section.setOpen(true));
                field.focus();
            });
            submit.setEnabled(true);
            return;
        }
        formError.setVisible(false);
        ClinicalInputs.Reading sent = clinical.read();
        fireEvent(new SubmitEvent(this, new ReferralSubmission(submissionToken, getLocale().getLanguage(),
                form.referrer(), form.getInitials(), sent.facts(), sent.labSampleDates(), form.getComment(),
                form.isConsentAttested(), clinical.answerSources())));
    }

    private static boolean isWithin(Component component, Component ancestor) {
        for (Component at = component; at != null; at = at.getParent().orElse(null)) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private Optional<Focusable<?>> firstInvalid() {
        Optional<Focusable<?>> identity = binder.getFields()
                .filter(field -> ((HasValidation) field).isInvalid())
                .<Focusable<?>>map(field -> (Focusable<?>) field).findFirst();
        return identity.or(() -> clinical.firstProblem().<Focusable<?>>map(field -> (Focusable<?>) field));
    }

    private Section referrerSection() {
        TextField name = text("referrerName", "referral.field.referrer-name");
        // the browser fills the referrer's fields the next time (issue 16, item 6)
        name.setAutocomplete(Autocomplete.NAME);
        rpps.setId("rpps");
        texts.label(rpps, "referral.field.rpps");
        rpps.setValueChangeMode(ValueChangeMode.ON_BLUR);
        rpps.addValueChangeListener(e -> rppsWarning());
        binder.bind(rpps, "rpps");
        TextField hospital = text("hospital", "referral.field.hospital");
        hospital.setAutocomplete(Autocomplete.ORGANIZATION);
        TextField department = text("department", "referral.field.department");
        EmailField email = new EmailField();
        email.setId("email");
        email.setAutocomplete(Autocomplete.EMAIL);
        texts.label(email, "referral.field.email");
        // the field's own stricter check would refuse valid addresses ("o'brien@…"), with no message
        email.setPattern(ReferralRules.EMAIL);
        texts.on(email, () -> email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(texts.t("referral.validation.email"))));
        binder.bind(email, "email");
        TextField phone = text("phone", "referral.field.phone");
        phone.setAutocomplete(Autocomplete.TEL);
        return section("referral.section.referrer", null, name, rpps, hospital, department, email, phone);
    }

    /** Not every valid RPPS number is confirmed to carry a Luhn key: a failed check only warns. */
    private void rppsWarning() {
        String value = rpps.getValue().replace(" ", "");
        boolean warn = value.matches(ReferralRules.RPPS) && !ReferralRules.passesLuhn(value);
        rpps.setHelperText(getTranslation(warn ? "referral.helper.rpps-luhn-warning" : "referral.helper.rpps"));
        rpps.getElement().getClassList().set("soft-warning", warn);
    }

    /**
     * Issue 16, item 2: the facts that most often settle eligibility come first (moved here from their
     * sections, never duplicated), so that after a handful of inputs the panel can already say
     * "probably not eligible" and why, before the long laboratory section. Its three exclusions can be
     * answered at once ("none of the following in my patient"), each still on its own.
     */
    private static final List<Fact> KNOCK_OUT_EXCLUSIONS = GroupedAttestation.Group.KNOCK_OUTS.facts();

    private Section knockOutSection() {
        texts.helper(clinical.ageYears, "formflow.helper.age");
        List<Component> questions = new ArrayList<>(List.<Component>of(clinical.cd19, clinical.diseaseStatus, clinical.inductionCourses,
                clinical.ageYears, clinical.ecog, clinical.brainMri));
        questions.add(new GroupAttestation(texts, clinical, GroupedAttestation.Group.KNOCK_OUTS, "knock-outs",
                "attestation.knock-outs.none-applies", "attestation.knock-outs.helper"));
        KNOCK_OUT_EXCLUSIONS.forEach(fact -> questions.add(clinical.exclusionQuestions.get(fact)));
        Section section = section("formflow.section.knock-out", "formflow.section.knock-out.intro", questions.toArray(Component[]::new));
        section.setId("knock-out-section");
        return section;
    }

    private Section patientSection() {
        TextField initials = text("initials", "referral.field.initials");
        // never the referrer's own name, offered by the browser, in the patient's initials
        initials.setAutocomplete(Autocomplete.OFF);
        texts.helper(initials, "referral.helper.initials");
        texts.helper(clinical.birthYear, "referral.helper.birth-year");
        return section("referral.section.patient", "referral.section.patient.intro",
                initials, clinical.birthYear, clinical.sex, clinical.weightKg);
    }

    private Section diseaseSection() {
        return section("referral.section.disease", null, clinical.untriedTargetedTherapy);
    }

    private Section conditionSection() {
        return section("referral.section.condition", null, clinical.lifeExpectancy, clinical.toxicityGrade);
    }

    private Section labSection() {
        return section("referral.section.labs", "referral.section.labs.intro", LabUnits.select(clinical, texts),
                clinical.platelets, clinical.lymphocytes,
                clinical.creatinine, clinical.clearanceEstimate, clinical.measuredClearance, clinical.alt, clinical.ast,
                clinical.bilirubin, clinical.gilbert);
    }

    private Section heartAndLungsSection() {
        return section("referral.section.heart-lungs", null, clinical.lvef, new GroupAttestation(texts, clinical,
                        GroupedAttestation.Group.HEART_AND_LUNGS, "heart-lungs", "attestation.heart-lungs.none-applies",
                        "attestation.heart-lungs.helper", criterion -> texts.t("attestation.heart-lungs.item." + criterion.id())),
                clinical.ecg, clinical.pleuralEffusion, clinical.spo2);
    }

    private Section reproductionSection() {
        return section("referral.section.reproduction", "referral.section.reproduction.intro",
                clinical.childbearingPotential, clinical.pregnancyTest, clinical.contraception,
                clinical.avoidBreastfeeding, clinical.pregnantOrBreastfeeding, clinical.condomUse);
    }

    private Section exclusionSection() {
        Section section = section("referral.section.exclusion", null, clinical.exclusionQuestions.entrySet().stream()
                .filter(question -> !KNOCK_OUT_EXCLUSIONS.contains(question.getKey()))
                .map(Map.Entry::getValue).toArray(Component[]::new));
        section.addComponentAtIndex(1, new GroupAttestation(texts, clinical, GroupedAttestation.Group.EXCLUSIONS, "none",
                "answernext.group.none-applies", "answernext.group.helper"));
        return section;
    }

    private Section sendSection() {
        TextArea comment = new TextArea();
        comment.setId("comment");
        texts.label(comment, "referral.field.comment");
        texts.helper(comment, "referral.helper.comment");
        binder.bind(comment, "comment");
        Checkbox attestation = new Checkbox();
        attestation.setId("consent-attested");
        texts.label(attestation, "referral.field.attestation");
        binder.bind(attestation, "consentAttested");
        submit.setId("send-referral");
        texts.text(submit, "referral.send.button");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> send());
        formError.setId("form-error");
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        texts.text(formError, "referral.send.fix-errors");
        formError.setVisible(false);
        Paragraph advisory = texts.text(new Paragraph(), "referral.send.advisory");
        // the privacy notice, next to the button (privacy package); a new tab keeps the form as typed
        Paragraph privacyLine = new Paragraph();
        privacyLine.addClassName("referral-privacy");
        texts.on(privacyLine, () -> Markup.write(privacyLine.getElement(), "<a id=\"referral-privacy-link\" href=\"privacy\" "
                + "target=\"_blank\" rel=\"noopener\">" + Markup.text(texts.t("privacy.referral.link")) + "</a><span>"
                + Markup.text(texts.t("privacy.referral.new-tab")) + "</span>"));
        return section("referral.section.send", null, comment, attestation, advisory, formError, submit, privacyLine);
    }

    private TextField text(String property, String labelKey) {
        TextField field = new TextField();
        field.setId(property);
        texts.label(field, labelKey);
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        binder.bind(field, property);
        return field;
    }

    private Section section(String headingKey, String introKey, Component... content) {
        FormSection section = new FormSection(texts, headingKey);
        if (introKey != null) {
            section.add(texts.text(new Paragraph(), introKey));
        }
        section.add(content);
        sections.add(section);
        return section;
    }

    /** Bean Validation messages are translation keys: shown translated beside their field. */
    private final class TranslatingErrorHandler implements BinderValidationErrorHandler {

        @Override
        public void handleError(HasValue<?, ?> field, ValidationResult result) {
            if (field instanceof HasValidation validated) {
                String message = result.getErrorMessage();
                validated.setErrorMessage(message.startsWith("referral.") ? texts.t(message) : message);
                validated.setInvalid(true);
            }
        }

        @Override
        public void clearError(HasValue<?, ?> field) {
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(null);
                validated.setInvalid(false);
            }
        }
    }
}
