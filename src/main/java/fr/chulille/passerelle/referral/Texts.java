package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.UI;
import fr.chulille.passerelle.eligibility.Message;
import fr.chulille.passerelle.layout.Markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The translated texts of a view's components, set again whenever the language changes. */
final class Texts {

    private final Component owner;
    private final List<Runnable> updates = new ArrayList<>();

    Texts(Component owner) {
        this.owner = owner;
    }

    Locale locale() {
        return owner.getUI().orElseGet(UI::getCurrent).getLocale();
    }

    String t(String key) {
        return owner.getTranslation(key);
    }

    String t(String key, Map<String, ?> args) {
        return owner.getTranslation(key, args);
    }

    String t(Message message) {
        return owner.getTranslation(message.key(), message.args());
    }

    <C extends HasLabel> C label(C component, String key) {
        return on(component, () -> component.setLabel(t(key)));
    }

    <C extends HasHelper> C helper(C component, String key) {
        return on(component, () -> component.setHelperText(t(key)));
    }

    <C extends HasText> C text(C component, String key) {
        return on(component, () -> show(component, t(key)));
    }

    /**
     * Shows a text in the component. An HTML element (paragraph, heading, span, link) gets it as its markup, escaped: one
     * server-side node instead of the element and a text node, for every open form (issue 16, item 8).
     */
    static void show(HasText component, String text) {
        if (component instanceof HtmlContainer) {
            Markup.write(component.getElement(), Markup.text(text));
        } else {
            component.setText(text);
        }
    }

    /** Registers an update that depends on the language, and returns the component for chaining. */
    <C> C on(C component, Runnable update) {
        updates.add(update);
        return component;
    }

    void apply() {
        updates.forEach(Runnable::run);
    }
}
