package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.Answer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 8: the referral form's select is one element whose items the browser renders; what the browser
 * shows and what it sends back must mean the same answer as with Vaadin's Select.
 */
class ChoiceSelectTest {

    @Test
    void theBrowserGetsEachItemsLabelInOrderAndNewLabelsWhenTheLanguageChanges() {
        ChoiceSelect<Answer> select = new ChoiceSelect<>();
        select.setItems(Answer.values());
        select.setItemLabelGenerator(answer -> answer.name().toLowerCase());

        assertThat(labels(select)).containsExactlyElementsOf(
                java.util.Arrays.stream(Answer.values()).map(answer -> answer.name().toLowerCase()).toList());

        select.setItemLabelGenerator(answer -> "fr-" + answer.name());
        assertThat(labels(select)).allMatch(label -> label.startsWith("fr-"));
    }

    @Test
    void nothingIsChosenAtFirstAndWhatTheBrowserChoosesIsTheItemItShowed() {
        ChoiceSelect<Answer> select = new ChoiceSelect<>();
        select.setItems(Answer.values());
        List<Answer> received = new ArrayList<>();
        select.addValueChangeListener(change -> received.add(change.getValue()));

        assertThat(select.getValue()).isNull();
        assertThat(select.getElement().getProperty("value", "")).isEmpty();

        select.getElement().setProperty("value", key(select, Answer.values()[1]));
        assertThat(select.getValue()).isEqualTo(Answer.values()[1]);

        select.getElement().setProperty("value", "");
        assertThat(select.getValue()).isNull();
        assertThat(received).containsExactly(Answer.values()[1], null);
    }

    @Test
    void aValueTheServerNeverOfferedReadsAsNoAnswer() {
        ChoiceSelect<Answer> select = new ChoiceSelect<>();
        select.setItems(Answer.values());
        select.setValue(Answer.values()[0]);

        for (String forged : List.of("99", "-1", "1e3", "<b>", "99999999999")) {
            select.setValue(Answer.values()[0]);
            select.getElement().setProperty("value", forged);
            assertThat(select.getValue()).as(forged).isNull();
        }
    }

    @Test
    void aValueSetByTheFormIsShownAsItsItemAndClearingShowsNothing() {
        ChoiceSelect<Answer> select = new ChoiceSelect<>();
        select.setItems(Answer.values());
        select.setItemLabelGenerator(Answer::name);

        select.setValue(Answer.values()[2]);
        assertThat(labelOf(select, select.getElement().getProperty("value"))).isEqualTo(Answer.values()[2].name());

        select.clear();
        assertThat(select.getElement().getProperty("value")).isEmpty();
        assertThat(select.isEmpty()).isTrue();
    }

    private static List<String> labels(ChoiceSelect<?> select) {
        List<String> labels = new ArrayList<>();
        ((JsonNode) select.getElement().getPropertyRaw("items")).forEach(item -> labels.add(item.get("label").asString()));
        return labels;
    }

    private static String key(ChoiceSelect<Answer> select, Answer answer) {
        for (JsonNode item : (JsonNode) select.getElement().getPropertyRaw("items")) {
            if (item.get("label").asString().equals(select.getItemLabelGenerator().apply(answer))) {
                return item.get("value").asString();
            }
        }
        throw new AssertionError("no item for " + answer);
    }

    private static String labelOf(ChoiceSelect<?> select, String key) {
        for (JsonNode item : (JsonNode) select.getElement().getPropertyRaw("items")) {
            if (item.get("value").asString().equals(key)) {
                return item.get("label").asString();
            }
        }
        return null;
    }
}
