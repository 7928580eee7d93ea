package fr.chulille.passerelle.referral;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.dom.Element;
import fr.chulille.passerelle.eligibility.ProtocolPassage;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.layout.Markup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pre-check row writes its heading (icon, word, label), its reason and the protocol's quote as markup
 * (issue 16, item 8: fewer server-side nodes per open form): what the browser shows must still follow
 * the pre-check and the page's language, and the text must never be read as markup.
 */
@SpringBootTest
class CriterionRowMarkupTest extends SpringBrowserlessTest {

    @BeforeEach
    void openTheFormInEnglish() {
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void theHeadingAndReasonFollowThePreCheckAndTheLanguage() {
        assertThat(heading("INC-09")).contains("<span class=\"criterion-icon\" aria-hidden=\"true\">?</span>");

        ChoiceSelectTester.of(find(ChoiceSelect.class).id("platelets-unit")).selectItem("G/L");
        find(BigDecimalField.class).id("platelets-value").setValue(new BigDecimal("20"));

        CriterionRow row = find(PreCheckPanel.class).single().row("INC-09");
        assertThat(row.word()).isEqualTo("Not met");
        assertThat(heading("INC-09")).startsWith("<span class=\"criterion-icon\" aria-hidden=\"true\">✗</span>"
                + "<span class=\"criterion-word\">Not met</span><span class=\"criterion-label\">");
        assertThat(reason("INC-09")).isEqualTo(Markup.text(row.reasonText())).contains("20");
        String english = heading("INC-09");

        UI.getCurrent().setLocale(Locale.FRENCH);

        assertThat(row.word()).isNotEqualTo("Not met").isNotBlank();
        assertThat(heading("INC-09")).isNotEqualTo(english).contains(">" + Markup.text(row.word()) + "<");
        assertThat(reason("INC-09")).isEqualTo(Markup.text(row.reasonText()));
        for (String id : TrialCriteria.all().stream().map(criterion -> criterion.id()).toList()) {
            assertThat(heading(id) + reason(id)).as(id).doesNotContain("!referral.", "!eligibility.", "{", "}");
        }
    }

    /** Every form opens with the same rows: their markup is one copy for all of them, not one per form. */
    @Test
    void rowsThatShowTheSameShareOneCopyOfTheirMarkup() {
        String first = summary("INC-09");
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(summary("INC-09")).isEqualTo(first).isSameAs(first);
    }

    @Test
    void theProtocolQuoteIsTheSameMarkupForEveryFormAndShowsTheVerbatimText() {
        String first = quote("EXC-01");
        navigate(ReferralView.class);
        assertThat(quote("EXC-01")).isSameAs(first);

        ProtocolPassage passage = TrialCriteria.byId("EXC-01").orElseThrow().protocol();
        assertThat(first).startsWith("<div><div class=\"protocol-quote\" lang=\"en\"><p class=\"protocol-location\">"
                        + passage.location() + "</p>")
                .contains(Markup.text(passage.text()))
                .endsWith("</div></div><vaadin-details-summary slot=\"summary\"><span>Protocol wording (as registered, in English)</span></vaadin-details-summary>");
        TrialCriteria.all().forEach(criterion -> {
            String markup = quote(criterion.id());
            criterion.protocol().subItems().forEach(item -> assertThat(markup).contains("<li>" + Markup.text(item) + "</li>"));
        });
    }

    /** The summary follows the language; the element stays (its opened state, kept by the browser, with it). */
    @Test
    void theProtocolSummaryFollowsTheLanguageOnTheSameElement() {
        Element before = disclosure("INC-09");
        assertThat(quote("INC-09")).contains("<span>Protocol wording (as registered, in English)</span>");

        UI.getCurrent().setLocale(Locale.FRENCH);

        assertThat(disclosure("INC-09").getNode()).isSameAs(before.getNode());
        assertThat(quote("INC-09")).doesNotContain("Protocol wording")
                .contains("<vaadin-details-summary slot=\"summary\"><span>" + Markup.text(
                        UI.getCurrent().getTranslation("referral.precheck.protocol-wording")) + "</span>");
        assertThat(before.getChildCount()).as("its children are markup, not server-side nodes").isZero();
    }

    /** Vaadin sends innerHTML at every write, and the browser replaces the children (an open quote, the focus): only when it changed. */
    @Test
    void theProtocolDisclosureIsNotWrittenAgainWhenItsRowChanges() {
        var tree = UI.getCurrent().getInternals().getStateTree();
        tree.collectChanges(change -> { });
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("platelets-unit")).selectItem("G/L");
        find(BigDecimalField.class).id("platelets-value").setValue(new BigDecimal("20"));

        java.util.List<com.vaadin.flow.internal.change.NodeChange> changes = new java.util.ArrayList<>();
        tree.collectChanges(changes::add);
        assertThat(changes).as("the row changed").anyMatch(change -> change.getNode() == row("INC-09").getElement().getNode());
        assertThat(changes).noneMatch(change -> change.getNode() == disclosure("INC-09").getNode());
    }

    @Test
    void textIsNeverReadAsMarkup() {
        assertThat(Markup.text("ALT < 5 × ULN & \"x\" 'y' >")).isEqualTo("ALT &lt; 5 × ULN &amp; &quot;x&quot; &#39;y&#39; &gt;");
        String markup = CriterionRow.protocolMarkup(new ProtocolPassage("Exclusion criteria, item 3", "<b>lead</b>",
                "a < b", List.of("<script>x</script>")));
        assertThat(markup).isEqualTo("<p class=\"protocol-location\">Exclusion criteria, item 3</p><p>&lt;b&gt;lead&lt;/b&gt;</p>"
                + "<p>a &lt; b</p><ul><li>&lt;script&gt;x&lt;/script&gt;</li></ul>");
    }

    /** The heading's spans, within the row's summary markup ({@code <div class="criterion-heading">…</div><p …>…</p>}). */
    private String heading(String criterionId) {
        return between(summary(criterionId), "<div class=\"criterion-heading\">", "</div><p class=\"criterion-reason\">");
    }

    private String reason(String criterionId) {
        return between(summary(criterionId), "<p class=\"criterion-reason\">", "</p>");
    }

    private String summary(String criterionId) {
        return row(criterionId).getChildren().findFirst().orElseThrow().getElement().getProperty("innerHTML");
    }

    private static String between(String markup, String start, String end) {
        assertThat(markup).contains(start);
        int from = markup.indexOf(start) + start.length();
        return markup.substring(from, markup.indexOf(end, from));
    }

    /** The row's protocol disclosure: its {@code <vaadin-details>} element's markup (the quote, then the summary). */
    private String quote(String criterionId) {
        Element details = disclosure(criterionId);
        assertThat(details.getTag()).isEqualTo("vaadin-details");
        assertThat(details.getClassList()).containsExactly("criterion-protocol");
        return details.getProperty("innerHTML");
    }

    private Element disclosure(String criterionId) {
        return row(criterionId).getElement().getChildren().skip(1).findFirst().orElseThrow();
    }

    private CriterionRow row(String criterionId) {
        return find(PreCheckPanel.class).single().row(criterionId);
    }
}
