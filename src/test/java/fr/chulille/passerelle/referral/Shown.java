package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.springframework.web.util.HtmlUtils;

/** The text an element shows, whether it is written as text nodes or as the element's markup ({@link Texts#show}). */
final class Shown {

    private Shown() {
    }

    static String text(Component component) {
        return text(component.getElement());
    }

    static String text(Element element) {
        String markup = element.getProperty("innerHTML");
        return markup == null ? element.getTextRecursively() : HtmlUtils.htmlUnescape(markup.replaceAll("<[^>]*>", ""));
    }
}
