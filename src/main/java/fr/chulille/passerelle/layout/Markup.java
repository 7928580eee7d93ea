package fr.chulille.passerelle.layout;

import com.vaadin.flow.dom.Element;
import org.springframework.web.util.HtmlUtils;

/**
 * Text written as an element's markup instead of child components (issue 16, item 8: one server-side state node, about
 * 0.8 KiB of heap for every open page, instead of a component and a text node per span, paragraph or item).
 */
public final class Markup {

    private Markup() {
    }

    /** Markup that shows exactly this text: {@code & < > " '} escaped, every other character kept as it is. */
    public static String text(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /**
     * Vaadin sends {@code innerHTML} at every write, even unchanged, and the browser then replaces the element's
     * children (an open disclosure closes, the keyboard focus is lost): written only when it changed.
     */
    public static void write(Element element, String markup) {
        if (!markup.equals(element.getProperty("innerHTML"))) {
            element.setProperty("innerHTML", markup);
        }
    }
}
