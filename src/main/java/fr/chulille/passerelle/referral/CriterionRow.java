package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.CriterionEvaluation;
import fr.chulille.passerelle.eligibility.Outcome;
import fr.chulille.passerelle.eligibility.ProtocolPassage;

/**
 * One criterion of the pre-check: an icon and a word (never colour alone), the lay wording, the
 * reason, and the protocol's own sentence on demand.
 */
class CriterionRow extends ListItem {

    private final Span icon = new Span();
    private final Span word = new Span();
    private final Span label = new Span();
    private final Paragraph reason = new Paragraph();
    private final Details protocol;
    private final Texts texts;
    private CriterionEvaluation evaluation;

    CriterionRow(Criterion criterion, Texts texts) {
        this.texts = texts;
        addClassName("criterion");
        setId("criterion-" + criterion.id());
        icon.addClassName("criterion-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        word.addClassName("criterion-word");
        label.addClassName("criterion-label");
        reason.addClassName("criterion-reason");
        Div heading = new Div(icon, word, label);
        heading.addClassName("criterion-heading");
        protocol = new Details("", protocolPassage(criterion.protocol()));
        protocol.addClassName("criterion-protocol");
        texts.on(label, () -> label.setText(texts.t(criterion.label())));
        texts.on(protocol, () -> protocol.setSummaryText(texts.t("referral.precheck.protocol-wording")));
        texts.on(this, this::showTexts);
        add(heading, reason, protocol);
    }

    void show(CriterionEvaluation evaluation) {
        this.evaluation = evaluation;
        getElement().setAttribute("data-outcome", evaluation.outcome().name().toLowerCase().replace('_', '-'));
        icon.setText(switch (evaluation.outcome()) {
            case MET -> "✓";
            case NOT_MET -> "✗";
            case UNKNOWN -> "?";
        });
        showTexts();
    }

    Outcome outcome() {
        return evaluation.outcome();
    }

    String word() {
        return word.getText();
    }

    String reasonText() {
        return reason.getText();
    }

    private void showTexts() {
        if (evaluation != null) {
            word.setText(texts.t(evaluation.displayKey()));
            reason.setText(texts.t(evaluation.reason()));
        }
    }

    /** The protocol is quoted verbatim, in English as registered: it is not translated. */
    private static Div protocolPassage(ProtocolPassage passage) {
        Div quote = new Div();
        quote.addClassName("protocol-quote");
        quote.getElement().setAttribute("lang", "en");
        Paragraph location = new Paragraph(passage.location());
        location.addClassName("protocol-location");
        quote.add(location);
        if (!passage.leadIn().isEmpty()) {
            quote.add(new Paragraph(passage.leadIn()));
        }
        quote.add(new Paragraph(passage.text()));
        if (!passage.subItems().isEmpty()) {
            UnorderedList items = new UnorderedList();
            passage.subItems().forEach(item -> items.add(new ListItem(item)));
            quote.add(items);
        }
        return quote;
    }
}
