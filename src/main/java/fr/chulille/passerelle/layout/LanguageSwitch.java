package fr.chulille.passerelle.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;

import java.util.Locale;

/** The FR | EN switch: each button is labelled in its own language and says which one is active. */
class LanguageSwitch extends Div {

    private final Button french = languageButton(Messages.FRENCH);
    private final Button english = languageButton(Messages.ENGLISH);

    LanguageSwitch() {
        addClassName("language-switch");
        getElement().setAttribute("role", "group");
        add(french, english);
    }

    private static Button languageButton(Locale locale) {
        String code = locale.getLanguage();
        Button button = new Button(code.toUpperCase(Locale.ROOT), click -> LanguagePreference.choose(locale));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("lang", code);
        button.setId("language-" + code);
        return button;
    }

    void localeChange(Locale current) {
        getElement().setAttribute("aria-label", getTranslation("layout.language.label"));
        for (Button button : new Button[] {french, english}) {
            String code = button.getElement().getAttribute("lang");
            // the accessible name keeps the visible "FR"/"EN" (WCAG 2.5.3) and names the language in itself
            button.setAriaLabel(getTranslation("layout.language." + code));
            button.getElement().setAttribute("aria-pressed", String.valueOf(code.equals(current.getLanguage())));
        }
    }
}
