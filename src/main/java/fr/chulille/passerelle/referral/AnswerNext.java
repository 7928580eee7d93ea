package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.NextQuestions;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * "Answer next" in the live pre-check: the unanswered facts that would settle the most criteria still to
 * confirm ({@link NextQuestions}), each a button that moves the focus to its field. Hidden when there is none.
 */
class AnswerNext extends Div {

    private final Texts texts;
    private final UnorderedList list = new UnorderedList();
    private Consumer<Fact> focusField = fact -> { };
    private List<NextQuestions.NextQuestion> questions = List.of();

    AnswerNext(Texts texts) {
        this.texts = texts;
        setId("answer-next");
        addClassName("answer-next");
        H3 heading = texts.text(new H3(), "answernext.panel.heading");
        heading.setId("answer-next-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "answer-next-heading");
        Paragraph intro = texts.text(new Paragraph(), "answernext.panel.intro");
        list.setId("answer-next-list");
        add(heading, intro, list);
        texts.on(this, this::render);
        setVisible(false);
    }

    void onChoose(Consumer<Fact> focusField) {
        this.focusField = focusField;
    }

    void show(List<NextQuestions.NextQuestion> questions) {
        this.questions = List.copyOf(questions);
        render();
    }

    private void render() {
        list.removeAll();
        for (NextQuestions.NextQuestion question : questions) {
            Button go = new Button(texts.t("answernext.panel.item", Map.of("field", texts.t(question.fact().labelKey()),
                    "count", question.settles().size())));
            go.setId("answer-next-" + question.fact().fieldName());
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            go.addClickListener(click -> focusField.accept(question.fact()));
            list.add(new ListItem(go));
        }
        setVisible(!questions.isEmpty());
    }

    List<String> items() {
        return list.getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }
}
