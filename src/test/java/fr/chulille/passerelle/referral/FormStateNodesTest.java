package fr.chulille.passerelle.referral;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementData;
import fr.chulille.passerelle.layout.Markup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 8 (memory per open form): the server keeps a Vaadin state node, about 0.9 KiB of heap
 * once its features, maps and listeners are counted, for every element and text node of every open form
 * (measured with {@code bench/run.sh}, BENCH_ONLY=heap, see docs/performance.md). The heap per open form
 * follows the count of nodes, which this test bounds without timing anything.
 */
@SpringBootTest
class FormStateNodesTest extends SpringBrowserlessTest {

    /**
     * 893 nodes before issue 16's item 8 was taken up again (9 per pre-check row, 7 per section heading, 2 per
     * item of the grouped attestations' lists), 634 after (4 per row, 2 per section heading, the lists' items as
     * markup), 372 once each of the 36 selects is one node ({@link ChoiceSelect}: its items rendered by the browser,
     * instead of Vaadin's Select with its list box and a component and text node per item), 287 once the rows' heading
     * and reason are one element's markup, the layout's links and footer, the advice's lists and every static or
     * translated text are markup too ({@link Texts#show}: no text node), 292 with the panel's rows in one
     * disclosure, 296 with the knock-out questions' "none of the following" shortcut (4 nodes): the bound is
     * reached. Over it: the form grew. Write static or repeated content as one
     * element's markup (see {@link CriterionRow}) rather than as components, or raise this bound in the
     * same commit as a new measurement in docs/performance.md (§ Memory per open form).
     */
    static final int MAX_NODES = 296;

    @Test
    void theOpenFormHoldsAtMostSoManyServerSideNodes() {
        navigate(ReferralView.class);
        StateNode root = UI.getCurrent().getInternals().getStateTree().getRootNode();
        Map<String, Integer> byComponent = new TreeMap<>();
        int[] nodes = {0};
        root.visitNodeTree(node -> {
            nodes[0]++;
            if (node.hasFeature(ElementData.class)) {
                byComponent.merge(Element.get(node).getComponent().map(c -> c.getClass().getSimpleName())
                        .orElse("<" + Element.get(node).getTag() + ">"), 1, Integer::sum);
            }
        });

        assertThat(nodes[0]).as("server-side nodes of the open referral form (elements by component: %s)",
                byComponent.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")))
                .isLessThanOrEqualTo(MAX_NODES);
    }

    /** Each of the 37 pre-check rows: the item, its summary (heading and reason) and its protocol disclosure. */
    @Test
    void aPreCheckRowIsThreeNodes() {
        navigate(ReferralView.class);
        CriterionRow row = find(PreCheckPanel.class).single().row("INC-09");
        int[] nodes = {0};
        row.getElement().getNode().visitNodeTree(node -> nodes[0]++);

        assertThat(nodes[0]).isEqualTo(3);
    }

    /** A section's heading: the {@code h2} and its button, whose title and count are its markup, in the page's language. */
    @Test
    void aSectionHeadingIsTwoNodesAndShowsItsTitleAndCount() {
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        FormSection patient = find(FormSection.class).all().get(2);
        com.vaadin.flow.dom.Element heading = patient.getElement().getChild(0);
        int[] nodes = {0};
        heading.getNode().visitNodeTree(node -> nodes[0]++);
        assertThat(nodes[0]).isEqualTo(2);
        Element toggle = heading.getChild(0);
        assertThat(toggle.getProperty("innerHTML")).isEqualTo("<span class=\"form-section-title\">The patient (pseudonymised)</span> "
                + "<span class=\"form-section-filled\">0 of 4 filled</span>");

        find(com.vaadin.flow.component.textfield.TextField.class).id("initials").setValue("JD");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);

        assertThat(toggle.getProperty("innerHTML")).isEqualTo("<span class=\"form-section-title\">"
                + Markup.text(UI.getCurrent().getTranslation("referral.section.patient")) + "</span> "
                + "<span class=\"form-section-filled\">1 sur 4 renseigné</span>");
    }
}
