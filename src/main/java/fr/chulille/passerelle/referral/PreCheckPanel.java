package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.chulille.passerelle.eligibility.Advice;
import fr.chulille.passerelle.eligibility.CriterionEvaluation;
import fr.chulille.passerelle.eligibility.CriterionKind;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.NextQuestions;
import fr.chulille.passerelle.eligibility.Outcome;
import fr.chulille.passerelle.eligibility.PreCheckResult;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.layout.Markup;
import fr.chulille.passerelle.trial.Trial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The live pre-check: the overall advice (announced politely to screen readers), then one row per criterion. */
class PreCheckPanel extends Aside {

    private static final int FOLD_ABOVE = 6;

    private final Texts texts;
    private final Div advice = new Div();
    private final Paragraph headline = new Paragraph();
    /**
     * The listed criteria, each list under its heading ("inclusion criteria not met", "exclusion criteria present"), written as
     * this element's markup: up to 37 items, each a component and a text node otherwise (issue 16, item 8).
     */
    private final Div listed = new Div();
    /** A long list of criteria to confirm (the form just opened) stays folded, so that the advice stays readable. */
    private final Details listedFolded = new Details();
    private final Paragraph followUp = new Paragraph();
    private final Map<String, CriterionRow> rows = new LinkedHashMap<>();
    private final AnswerNext answerNext;
    private final H2 title;
    /** On a phone (issue 16, item 5): the verdict in one line fixed at the bottom, that takes the user to this panel. */
    private final Button sticky = new Button();
    /** The criteria one by one, under the advice: open on a wide screen, folded on a phone ({@link #foldCriteria}). */
    private final Details criteria = new Details();
    private PreCheckResult result;

    PreCheckPanel(Texts texts) {
        this.texts = texts;
        addClassName("precheck");
        setId("precheck");
        title = texts.text(new H2(), "referral.precheck.heading");
        title.setId("precheck-heading");
        // the sticky line moves the focus here
        title.getElement().setAttribute("tabindex", "-1");
        sticky.setId("precheck-sticky");
        sticky.addClassName("precheck-sticky");
        sticky.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sticky.getElement().setAttribute("aria-describedby", "precheck-heading");
        sticky.addClickListener(click -> focusHeading());
        getElement().setAttribute("aria-labelledby", "precheck-heading");
        Paragraph disclaimer = texts.text(new Paragraph(), "referral.precheck.disclaimer");
        disclaimer.addClassName("precheck-disclaimer");

        advice.setId("precheck-advice");
        advice.addClassName("precheck-advice");
        advice.getElement().setAttribute("aria-live", "polite");
        headline.setId("precheck-headline");
        headline.addClassName("precheck-headline");
        followUp.setId("precheck-follow-up");
        Trial trial = Trial.NCT06649227;
        Anchor call = new Anchor(trial.centralContactPhoneUri(), "");
        call.setId("precheck-call");
        texts.on(call, () -> Texts.show(call, texts.t("referral.precheck.call", Map.of("phone", trial.centralContactPhone()))));
        listedFolded.setId("precheck-listed-folded");
        texts.on(listedFolded, () -> listedFolded.setSummaryText(texts.t("referral.precheck.show-list")));
        listed.setId("precheck-listed");
        advice.add(headline, listed, listedFolded, followUp, new Paragraph(call));

        answerNext = new AnswerNext(texts);
        criteria.setId("precheck-criteria");
        criteria.addClassName("precheck-criteria");
        criteria.setOpened(true);
        texts.on(criteria, () -> criteria.setSummaryText(texts.t("formlayout.precheck.criteria",
                Map.of("count", TrialCriteria.all().size()))));
        add(sticky, title, disclaimer, advice, answerNext, criteria);
        for (CriterionKind kind : CriterionKind.values()) {
            H3 kindHeading = new H3();
            texts.on(kindHeading, () -> Texts.show(kindHeading, texts.t(kind == CriterionKind.INCLUSION
                    ? "referral.precheck.inclusion" : "referral.precheck.exclusion")));
            UnorderedList list = new UnorderedList();
            list.addClassName("criteria");
            TrialCriteria.ofKind(kind).forEach(criterion -> {
                CriterionRow row = new CriterionRow(criterion, texts);
                rows.put(criterion.id(), row);
                list.add(row);
            });
            criteria.add(kindHeading, list);
        }
        texts.on(this, this::showAdvice);
    }

    void show(PreCheckResult result) {
        this.result = result;
        for (CriterionEvaluation evaluation : result.evaluations()) {
            rows.get(evaluation.id()).show(evaluation);
        }
        showAdvice();
    }

    /** "Answer next": choosing one calls {@code focusField} with its fact. */
    void showNextQuestions(List<NextQuestions.NextQuestion> questions, Consumer<Fact> focusField) {
        answerNext.onChoose(focusField);
        answerNext.show(questions);
    }

    private void showAdvice() {
        if (result == null) {
            return;
        }
        sticky.setText(texts.t("formlayout.sticky.summary", Map.of(
                "notMet", count(Outcome.NOT_MET), "unknown", count(Outcome.UNKNOWN))));
        Advice current = result.advice();
        advice.getElement().setAttribute("data-advice", current.kind().name().toLowerCase().replace('_', '-'));
        Texts.show(headline, texts.t(current.headline()));
        StringBuilder lists = new StringBuilder();
        for (Advice.Section section : current.sections()) {
            section.heading().ifPresent(heading -> lists.append("<h3 class=\"precheck-advice-heading\" id=\"")
                    .append(section.criterionKind() == CriterionKind.INCLUSION ? "precheck-inclusion-not-met" : "precheck-exclusion-present")
                    .append("\">").append(Markup.text(texts.t(heading))).append("</h3>"));
            lists.append(section.criterionKind() == null ? "<ul>"
                    : "<ul id=\"precheck-list-" + section.criterionKind().name().toLowerCase() + "\">");
            section.criterionIds().forEach(id -> lists.append("<li>")
                    .append(Markup.text(texts.t(TrialCriteria.byId(id).orElseThrow().shortLabel()))).append("</li>"));
            lists.append("</ul>");
        }
        Markup.write(listed.getElement(), lists.toString());
        boolean fold = current.listedCriterionIds().size() > FOLD_ABOVE;
        if (fold) {
            listedFolded.add(listed);
        } else {
            advice.addComponentAtIndex(1, listed);
        }
        listedFolded.setVisible(fold);
        listed.setVisible(!current.listedCriterionIds().isEmpty());
        Texts.show(followUp, current.followUp().map(texts::t).orElse(""));
        followUp.setVisible(current.followUp().isPresent());
    }

    private long count(Outcome outcome) {
        return result.evaluations().stream().filter(evaluation -> evaluation.outcome() == outcome).count();
    }

    /** The panel's heading scrolled into view and focused: the next Tab goes on through the panel. */
    void focusHeading() {
        title.scrollIntoView();
        title.getElement().callJsFunction("focus");
    }

    /**
     * On a phone the 37 rows would make the page several screens longer under the form: they start folded there, the
     * advice, its lists and "answer next" staying in sight (issue 16, item 5).
     */
    void foldCriteria() {
        criteria.setOpened(false);
    }

    String stickyText() {
        return sticky.getText();
    }

    String headlineText() {
        return result == null ? "" : texts.t(result.advice().headline());
    }

    CriterionRow row(String criterionId) {
        return rows.get(criterionId);
    }
}
