package fr.chulille.passerelle.summary;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SummaryViewTest extends SpringBrowserlessTest {

    private static final String FRENCH_HEADING = "Une étude de cellules CAR-T pour la leucémie aiguë myéloïde (LAM) qui porte le marqueur CD19";
    private static final String ENGLISH_HEADING = "A study of CAR-T cells for acute myeloid leukaemia (AML) that carries the CD19 marker";

    @Test
    void theLanguageSwitchChangesTheHeading() {
        navigate(SummaryView.class);

        test(find(Button.class).id("language-fr")).click();
        assertThat(find(H1.class).single().getText()).isEqualTo(FRENCH_HEADING);
        assertThat(pressed("language-fr")).isEqualTo("true");

        test(find(Button.class).id("language-en")).click();
        assertThat(find(H1.class).single().getText()).isEqualTo(ENGLISH_HEADING);
        assertThat(pressed("language-en")).isEqualTo("true");
        assertThat(pressed("language-fr")).isEqualTo("false");
    }

    @Test
    void theLanguageInTheUrlWins() {
        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", "fr"));
        assertThat(find(H1.class).single().getText()).isEqualTo(FRENCH_HEADING);

        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", "en"));
        assertThat(find(H1.class).single().getText()).isEqualTo(ENGLISH_HEADING);
    }

    private String pressed(String buttonId) {
        return find(Button.class).id(buttonId).getElement().getAttribute("aria-pressed");
    }
}
