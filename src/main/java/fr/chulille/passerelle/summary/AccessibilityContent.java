package fr.chulille.passerelle.summary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/** The accessibility statement (RGAA: the CHU is a public body), from {@code summary.a11y.*}. */
final class AccessibilityContent {

    private AccessibilityContent() {
    }

    static Div build(Translator t, SummaryFacts facts) {
        Div page = new Div();
        page.addClassName("summary");
        page.addClassName("accessibility-statement");
        page.add(new H1(t.translate("summary.a11y.heading")),
                new Paragraph(t.translate("summary.a11y.commitment", facts.arguments())),
                section(t, "status", new Paragraph(t.translate("summary.a11y.status.text"))),
                section(t, "results",
                        new Paragraph(t.translate("summary.a11y.results.text")),
                        new Paragraph(t.translate("summary.a11y.results.limits"))),
                section(t, "technologies", new Paragraph(t.translate("summary.a11y.technologies.text"))),
                section(t, "contact",
                        new Paragraph(t.translate("summary.a11y.contact.text")),
                        new Paragraph(Inline.withLink(t, "summary.a11y.contact.phone", facts.arguments(), "phone",
                                facts.phoneUri()).toArray(Component[]::new))),
                section(t, "recourse",
                        new Paragraph(t.translate("summary.a11y.recourse.text")),
                        new UnorderedList(
                                new ListItem(new Anchor(t.translate("summary.a11y.recourse.form.href"),
                                        t.translate("summary.a11y.recourse.form.link"))),
                                new ListItem(t.translate("summary.a11y.recourse.delegate")),
                                new ListItem(t.translate("summary.a11y.recourse.phone")),
                                new ListItem(t.translate("summary.a11y.recourse.post")))),
                new Paragraph(t.translate("summary.a11y.date")));
        return page;
    }

    private static Section section(Translator t, String name, Component... content) {
        Section section = SummaryContent.titledSection("a11y-" + name, t.translate("summary.a11y." + name + ".heading"));
        section.add(content);
        return section;
    }
}
