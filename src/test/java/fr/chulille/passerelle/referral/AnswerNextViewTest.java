package fr.chulille.passerelle.referral;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.StateNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** "Answer next" in the live pre-check: which facts, in which order, and each one takes the user to its field. */
@SpringBootTest
class AnswerNextViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void openTheFormInEnglish() {
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void theEmptyFormSuggestsTheThreeFactsThatSettleTheMostCriteria() {
        assertThat(answerNext().isVisible()).isTrue();
        assertThat(Shown.text(find(H3.class).id("answer-next-heading"))).isEqualTo("Answer next");
        assertThat(answerNext().items()).containsExactly(
                "CD19 expression by flow cytometry (% of AML blasts) (settles 2 criteria)",
                "Sex (settles 4 criteria)",
                "Is the patient a woman of childbearing potential (neither postmenopausal nor surgically sterile)? (settles 3 criteria)");

        UI.getCurrent().setLocale(Locale.FRENCH);

        assertThat(Shown.text(find(H3.class).id("answer-next-heading"))).isEqualTo("À renseigner ensuite");
        assertThat(answerNext().items().getFirst()).isEqualTo("Expression de CD19 en cytométrie en flux (% des blastes) (2 critères tranchés)");
    }

    @Test
    void choosingASuggestionMovesTheFocusToItsField() {
        focusRequests();

        test(find(Button.class).id("answer-next-cd19PercentOfBlasts")).click();

        List<StateNode> focused = focusRequests();
        assertThat(focused).containsExactly(find(BigDecimalField.class).id("cd19PercentOfBlasts").getElement().getNode());

        test(find(Button.class).id("answer-next-sex")).click();

        assertThat(focusRequests()).containsExactly(find(ChoiceSelect.class).id("sex").getElement().getNode());
    }

    @Test
    void anAnsweredFactLeavesTheListAndTheNextOnesFollow() {
        find(BigDecimalField.class).id("cd19PercentOfBlasts").setValue(new BigDecimal("85"));
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("sex")).selectItem("Male");

        assertThat(answerNext().items()).noneMatch(item -> item.startsWith("CD19") || item.startsWith("Sex"))
                .hasSize(3);
        // with the sex known, the three childbearing-potential items are settled: the knock-out facts come first
        assertThat(answerNext().items().getFirst()).startsWith("Disease status");
    }

    private AnswerNext answerNext() {
        return find(AnswerNext.class).single();
    }

    /** The elements whose focus() was called since the last look: Focusable.focus() is queued for the browser. */
    private static List<StateNode> focusRequests() {
        // queued on the element until the server answers the browser
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(invocation -> invocation.getInvocation().getExpression().contains("focus"))
                .map(PendingJavaScriptInvocation::getOwner)
                .toList();
    }
}
