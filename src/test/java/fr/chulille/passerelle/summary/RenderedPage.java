package fr.chulille.passerelle.summary;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the element tree of the current (browserless) UI as a reader would see the page. */
final class RenderedPage {

    private static final Set<String> TEXT_BLOCKS = Set.of("h1", "h2", "h3", "p", "li", "dt", "dd");

    private RenderedPage() {
    }

    static Stream<Element> all() {
        return descendants(root());
    }

    /** The outermost layout of the shown view (the UI's own element holds it through a virtual child). */
    static Element root() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast().getElement();
    }

    static Stream<Element> descendants(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().filter(e -> !e.isTextNode())
                .flatMap(RenderedPage::descendants));
    }

    static String text() {
        return root().getTextRecursively();
    }

    static List<Element> withTag(String tag) {
        return all().filter(e -> tag.equals(e.getTag())).toList();
    }

    static Element byId(String id) {
        return all().filter(e -> id.equals(e.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no element with id " + id));
    }

    /** The lay sections 1–7 as shown: one line per heading, paragraph or list item, by section id. */
    static Map<String, String> laySections() {
        Map<String, String> sections = new LinkedHashMap<>();
        all().filter(e -> "section".equals(e.getTag()) && hasClass(e, SummaryContent.LAY_SECTION_CLASS))
                .forEach(section -> {
                    List<String> lines = new ArrayList<>();
                    descendants(section).filter(e -> TEXT_BLOCKS.contains(e.getTag()))
                            .forEach(block -> lines.add(block.getTextRecursively()));
                    sections.put(section.getAttribute("id"), String.join("\n", lines));
                });
        return sections;
    }

    static boolean hasClass(Element element, String className) {
        return element.getClassList().contains(className);
    }
}
