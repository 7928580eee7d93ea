package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.chulille.passerelle.eligibility.Advice;
import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.BrainMri;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.LiverEnzyme;
import fr.chulille.passerelle.eligibility.LiverEnzymeUnit;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.PreCheckResult;
import fr.chulille.passerelle.eligibility.PregnancyTest;
import fr.chulille.passerelle.eligibility.Sex;
import fr.chulille.passerelle.eligibility.TrialCriteria;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/** Shown in place of the form once sent (h1, then h2 sections): the reference, and a printable copy of what was sent. */
class ReferralConfirmation extends Section {

    private final Texts texts;
    private final Locale locale;

    ReferralConfirmation(SubmittedReferral submitted, ReferralSubmission sent, PreCheckResult preCheck, String statusLink,
                         Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
        setId("referral-confirmation");
        addClassName("referral-confirmation");
        // the confirmation replaces the whole view, its heading included: it is the page's h1
        H1 heading = new H1(texts.t("referral.sent.heading"));
        Span reference = new Span(submitted.reference());
        reference.setId("referral-reference");
        reference.addClassName("referral-reference");
        Paragraph referenceLine = new Paragraph(new Span(texts.t("referral.sent.reference") + " "), reference);
        Paragraph next = new Paragraph(texts.t("referral.sent.next"));
        // the private link to the referral's status page: no Referer leaves that page (see followup)
        Anchor follow = new Anchor(statusLink, texts.t("followup.page.link-open"));
        follow.setId("status-link");
        Paragraph followLine = new Paragraph(new Span(texts.t("followup.page.link-intro") + " "), follow);
        Button print = new Button(texts.t("referral.sent.print"), click -> getElement().executeJs("window.print()"));
        print.setId("print-referral");
        print.addClassName("no-print");
        Anchor another = new Anchor("referral", texts.t("referral.sent.another"));
        another.addClassName("no-print");
        Div actions = new Div(print, another);
        actions.addClassName("confirmation-actions");
        add(heading, referenceLine, next, followLine, actions, copy(sent, preCheck));
    }

    private Component copy(ReferralSubmission sent, PreCheckResult preCheck) {
        Div copy = new Div();
        copy.addClassName("referral-copy");
        copy.add(new H2(texts.t("referral.sent.copy")));
        var referrer = sent.referrer();
        copy.add(list(new String[][] {
                {texts.t("referral.field.referrer-name"), referrer.name()},
                {texts.t("referral.field.rpps"), referrer.rpps()},
                {texts.t("referral.field.hospital"), referrer.hospital()},
                {texts.t("referral.field.department"), referrer.department()},
                {texts.t("referral.field.email"), referrer.email()},
                {texts.t("referral.field.phone"), referrer.phone()},
                {texts.t("referral.field.initials"), sent.patientInitials()}}));
        DescriptionList facts = new DescriptionList();
        for (Fact fact : Fact.values()) {
            String date = sent.labSampleDates().containsKey(fact.fieldName())
                    ? " (" + texts.t("referral.field.sample-date") + " " + date(sent.labSampleDates().get(fact.fieldName())) + ")" : "";
            facts.add(new DescriptionList.Term(texts.t(fact.labelKey())),
                    new DescriptionList.Description(value(fact.valueIn(sent.facts())) + date));
        }
        copy.add(new H2(texts.t("referral.sent.clinical")), facts);
        if (sent.comment() != null && !sent.comment().isBlank()) {
            copy.add(new H2(texts.t("referral.field.comment")), new Paragraph(sent.comment()));
        }
        Paragraph headline = new Paragraph(texts.t(preCheck.advice().headline()));
        headline.setId("confirmation-advice");
        copy.add(new H2(texts.t("referral.precheck.heading")), headline);
        // failed inclusion criteria and present exclusion criteria, each under its own heading
        for (Advice.Section section : preCheck.advice().sections()) {
            if (section.heading().isEmpty()) {
                continue;
            }
            Paragraph heading = new Paragraph(texts.t(section.heading().get()));
            heading.addClassName("advice-section-heading");
            UnorderedList ids = new UnorderedList();
            ids.setId("confirmation-" + section.criterionKind().name().toLowerCase());
            section.criterionIds().forEach(id -> ids.add(new ListItem(texts.t(TrialCriteria.byId(id).orElseThrow().shortLabel()))));
            copy.add(heading, ids);
        }
        UnorderedList outcomes = new UnorderedList();
        preCheck.evaluations().forEach(evaluation -> outcomes.add(new ListItem(
                texts.t(evaluation.criterion().shortLabel()) + " — " + texts.t(evaluation.displayKey()))));
        copy.add(outcomes, new Paragraph(texts.t("referral.sent.version", Map.of("version", TrialCriteria.VERSION))));
        return copy;
    }

    private static DescriptionList list(String[][] rows) {
        DescriptionList list = new DescriptionList();
        for (String[] row : rows) {
            list.add(new DescriptionList.Term(row[0]), new DescriptionList.Description(row[1]));
        }
        return list;
    }

    private String value(Object value) {
        return switch (value) {
            case null -> texts.t("referral.sent.not-given");
            case Answer answer -> texts.t(answer.labelKey());
            case Sex sex -> texts.t(sex.labelKey());
            case DiseaseStatus status -> texts.t(status.labelKey());
            case BrainMri mri -> texts.t(mri.labelKey());
            case PregnancyTest test -> texts.t(test.labelKey());
            case Measurement<?> measurement -> number(measurement.value()) + " " + texts.t(measurement.unit().labelKey());
            case LiverEnzyme enzyme -> number(enzyme.value()) + " " + texts.t(enzyme.unit().labelKey())
                    + (enzyme.unit() == LiverEnzymeUnit.UNITS_PER_LITRE && enzyme.upperLimitOfNormal() != null
                    ? " (" + texts.t("referral.field.upper-limit-of-normal") + " " + number(enzyme.upperLimitOfNormal()) + ")" : "");
            case BigDecimal number -> number(number);
            case Integer number -> String.valueOf(number);
            default -> value.toString();
        };
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }
}
