package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.dom.Element;
import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.CriterionEvaluation;
import fr.chulille.passerelle.eligibility.Outcome;
import fr.chulille.passerelle.eligibility.ProtocolPassage;
import fr.chulille.passerelle.layout.Markup;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One criterion of the pre-check: an icon and a word (never colour alone), the lay wording, the
 * reason, and the protocol's own sentence on demand.
 * <p>
 * Memory (issue 16, item 8): every open form holds 37 rows, so a row keeps few server-side nodes. The
 * heading's three spans and the protocol's quote are each one element whose markup is written as its
 * {@code innerHTML} (escaped), instead of a component per span, paragraph and item with a text node in
 * each; the browser gets the same elements. The quotes, the same for every user, are built once and
 * shared.
 * <p>
 * The protocol's disclosure is the {@code <vaadin-details>} element that Vaadin's {@code Details} makes, with
 * the same children ({@code <div><div class="protocol-quote">…</div></div><vaadin-details-summary
 * slot="summary"><span>…</span></vaadin-details-summary>}), but written as its markup: one server-side
 * node instead of five (the component, its content and quote {@code div}s, the summary and its span with
 * a text node). Its opened state is the element's own, in the browser: the server never needs it, and
 * writing the children again (a new language) leaves the element, and so whether it is open, as it was.
 * The heading and the reason are one element's markup too ({@code <div class="criterion-summary"><div
 * class="criterion-heading">…</div><p class="criterion-reason">…</p></div>}): a row is then three nodes
 * ({@code li}, summary, disclosure) instead of nine.
 */
class CriterionRow extends ListItem {

    /** The protocol quote's markup, per criterion id: built once for the application. */
    private static final Map<String, String> PROTOCOL_MARKUP = new ConcurrentHashMap<>();
    /** The disclosures' markup, one per criterion and language: one copy for every open form. */
    private static final Map<String, String> SHARED_DISCLOSURES = new ConcurrentHashMap<>();

    private final Criterion criterion;
    private final Div summary = new Div();
    private final Element protocol = new Element("vaadin-details");
    private final Texts texts;
    private CriterionEvaluation evaluation;

    CriterionRow(Criterion criterion, Texts texts) {
        this.criterion = criterion;
        this.texts = texts;
        addClassName("criterion");
        setId(("criterion-" + criterion.id()).intern());
        summary.addClassName("criterion-summary");
        protocol.getClassList().add("criterion-protocol");
        texts.on(this, this::showTexts);
        add(summary);
        getElement().appendChild(protocol);
    }

    void show(CriterionEvaluation evaluation) {
        this.evaluation = evaluation;
        getElement().setAttribute("data-outcome", evaluation.outcome().name().toLowerCase().replace('_', '-'));
        showTexts();
    }

    Outcome outcome() {
        return evaluation.outcome();
    }

    String word() {
        return evaluation == null ? "" : texts.t(evaluation.displayKey());
    }

    String reasonText() {
        return evaluation == null ? "" : texts.t(evaluation.reason());
    }

    private void showTexts() {
        String icon = evaluation == null ? "" : switch (evaluation.outcome()) {
            case MET -> "✓";
            case NOT_MET -> "✗";
            case UNKNOWN -> "?";
        };
        String heading = "<div class=\"criterion-heading\"><span class=\"criterion-icon\" aria-hidden=\"true\">" + icon + "</span>"
                + "<span class=\"criterion-word\">" + Markup.text(word()) + "</span>"
                + "<span class=\"criterion-label\">" + Markup.text(texts.t(criterion.label())) + "</span></div>";
        // interned: the rows of every open form that show the same (all of them when a form opens) share one copy
        Markup.write(summary.getElement(), (heading + "<p class=\"criterion-reason\">" + Markup.text(reasonText()) + "</p>").intern());
        String disclosure = SHARED_DISCLOSURES.computeIfAbsent(disclosureMarkup(criterion,
                texts.t("referral.precheck.protocol-wording")), same -> same);
        // only a new language writes it again: an open quote stays open, with the focus, while its row changes
        Markup.write(protocol, disclosure);
    }

    /** The children Vaadin's {@code Details} gives its element: the content (the quote), then the summary. */
    static String disclosureMarkup(Criterion criterion, String summary) {
        return "<div><div class=\"protocol-quote\" lang=\"en\">" + PROTOCOL_MARKUP.computeIfAbsent(criterion.id(),
                id -> protocolMarkup(criterion.protocol())) + "</div></div>"
                + "<vaadin-details-summary slot=\"summary\"><span>" + Markup.text(summary) + "</span></vaadin-details-summary>";
    }

    /** The protocol is quoted verbatim, in English as registered ({@code lang="en"}): it is not translated. */
    static String protocolMarkup(ProtocolPassage passage) {
        StringBuilder markup = new StringBuilder("<p class=\"protocol-location\">").append(Markup.text(passage.location())).append("</p>");
        if (!passage.leadIn().isEmpty()) {
            markup.append("<p>").append(Markup.text(passage.leadIn())).append("</p>");
        }
        markup.append("<p>").append(Markup.text(passage.text())).append("</p>");
        if (!passage.subItems().isEmpty()) {
            markup.append("<ul>");
            passage.subItems().forEach(item -> markup.append("<li>").append(Markup.text(item)).append("</li>"));
            markup.append("</ul>");
        }
        return markup.toString();
    }
}
