package fr.chulille.passerelle.summary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.chulille.passerelle.recruitment.RecruitmentNotice;

import java.util.List;
import java.util.Map;

/**
 * The lay summary as components, built the same way for the Vaadin view and for the copy
 * rendered into the first HTML response.
 */
final class SummaryContent {

    static final String PRINT_BUTTON_CLASS = "print-button";
    static final String LAY_SECTION_CLASS = "lay-section";
    static final String RECRUITMENT_CLASS = "recruitment-state";

    /**
     * Sections 1–7 of {@code summary.lay.*}; each block is {@code p:<key>}, {@code phone:<key>},
     * {@code recruitment:<key>} (the recruitment state, or {@code <key>}: the record's status), or
     * {@code ul:<prefix>:<n>} / {@code ol:<prefix>:<n>}: a list of {@code <prefix>.1} to {@code <prefix>.<n>}.
     */
    private static final Map<String, List<String>> LAY_SECTIONS = sections();

    private final Translator t;
    private final SummaryFacts facts;
    private final GlossaryLinker glossary;

    private SummaryContent(Translator t, SummaryFacts facts, String pageQuery) {
        this.t = t;
        this.facts = facts;
        this.glossary = new GlossaryLinker(t, pageQuery);
    }

    static Div build(Translator t, SummaryFacts facts, String pageQuery) {
        return new SummaryContent(t, facts, pageQuery).page();
    }

    private Div page() {
        Div page = new Div();
        page.addClassName("summary");
        page.add(top(), tableOfContents());
        LAY_SECTIONS.forEach((section, blocks) -> page.add(laySection(section, blocks)));
        page.add(professionalsTeaser(), glossarySection(), updated(), printOnly("summary.print.footer"));
        return page;
    }

    private Header top() {
        NativeButton print = new NativeButton(t.translate("summary.print.button"));
        print.addClassName(PRINT_BUTTON_CLASS);
        print.getElement().setAttribute("type", "button");
        Paragraph lead = new Paragraph(t.translate("summary.page.lead"));
        lead.addClassName("lead");
        Paragraph disclaimer = new Paragraph(t.translate("summary.page.disclaimer"));
        disclaimer.addClassName("disclaimer");
        Header top = new Header(printOnly("summary.print.header"), new H1(t.translate("summary.page.heading")),
                lead, disclaimer, print);
        top.addClassName("summary-top");
        return top;
    }

    private Nav tableOfContents() {
        H2 heading = new H2(t.translate("summary.toc.heading"));
        heading.setId("toc-heading");
        UnorderedList links = new UnorderedList();
        LAY_SECTIONS.keySet().forEach(section -> {
            Anchor link = new Anchor("#" + sectionId(section), t.translate("summary.lay." + section + ".heading"));
            link.getElement().setAttribute("router-ignore", true);
            links.add(new ListItem(link));
        });
        Anchor glossaryLink = new Anchor("#glossary", t.translate("summary.glossary.heading"));
        glossaryLink.getElement().setAttribute("router-ignore", true);
        links.add(new ListItem(glossaryLink));
        Nav toc = new Nav(heading, links);
        toc.addClassName("toc");
        toc.getElement().setAttribute("aria-labelledby", "toc-heading");
        return toc;
    }

    private Section laySection(String section, List<String> blocks) {
        Section element = titledSection(sectionId(section), t.translate("summary.lay." + section + ".heading"));
        element.addClassName(LAY_SECTION_CLASS);
        for (String block : blocks) {
            String[] kindAndKey = block.split(":");
            String key = "summary.lay." + section + "." + kindAndKey[1];
            switch (kindAndKey[0]) {
                case "p" -> element.add(paragraph(key));
                case "phone" -> element.add(new Paragraph(Inline.withLink(t, key, facts.arguments(), "phone", facts.phoneUri())
                        .toArray(Component[]::new)));
                case "ul" -> element.add(list(new UnorderedList(), key, Integer.parseInt(kindAndKey[2])));
                case "ol" -> element.add(list(new OrderedList(), key, Integer.parseInt(kindAndKey[2])));
                case "registries" -> element.add(registryLinks());
                case "recruitment" -> element.add(recruitment(key));
                default -> throw new IllegalStateException(block);
            }
        }
        return element;
    }

    private Paragraph paragraph(String key) {
        return new Paragraph(glossary.link(t.translate(key, facts.arguments())).toArray(Component[]::new));
    }

    /** The state staff set, with its date; until they set one, the record's status as of the record's date. */
    private Paragraph recruitment(String recordStatusKey) {
        RecruitmentNotice notice = facts.recruitment();
        Paragraph paragraph = notice.setByStaff()
                ? new Paragraph(glossary.link(t.translate("recruitment.public.summary", notice.arguments()))
                        .toArray(Component[]::new))
                : paragraph(recordStatusKey);
        paragraph.addClassName(RECRUITMENT_CLASS);
        return paragraph;
    }

    private <L extends Component & HasComponents> L list(L list, String prefix, int items) {
        for (int i = 1; i <= items; i++) {
            list.add(new ListItem(glossary.link(t.translate(prefix + "." + i, facts.arguments())).toArray(Component[]::new)));
        }
        return list;
    }

    private UnorderedList registryLinks() {
        UnorderedList links = new UnorderedList(
                new ListItem(new Anchor(facts.clinicalTrialsGovUrl(), t.translate("summary.lay.join.link.ctgov"))),
                new ListItem(new Anchor(facts.ctisUrl(), t.translate("summary.lay.join.link.ctis"))));
        links.addClassName("registry-links");
        return links;
    }

    private Paragraph professionalsTeaser() {
        Paragraph teaser = new Paragraph(new Anchor("professionals", t.translate("summary.pro.teaser")));
        teaser.addClassName("professionals-teaser");
        return teaser;
    }

    private Section glossarySection() {
        Section section = titledSection("glossary", t.translate("summary.glossary.heading"));
        section.addClassName("glossary");
        DescriptionList entries = new DescriptionList();
        for (String term : GlossaryTerms.IDS) {
            DescriptionList.Term name = new DescriptionList.Term(t.translate("summary.glossary." + term + ".term"));
            name.setId(GlossaryTerms.termId(term));
            DescriptionList.Description definition =
                    new DescriptionList.Description(t.translate("summary.glossary." + term + ".definition"));
            definition.setId(GlossaryTerms.definitionId(term));
            entries.add(name, definition);
        }
        section.add(new Paragraph(t.translate("summary.glossary.intro")), entries);
        return section;
    }

    private Paragraph updated() {
        Paragraph updated = new Paragraph(t.translate("summary.page.updated", facts.arguments()));
        updated.addClassName("updated");
        return updated;
    }

    private Paragraph printOnly(String key) {
        Paragraph paragraph = new Paragraph(t.translate(key, facts.arguments()));
        paragraph.addClassName("print-only");
        return paragraph;
    }

    static Section titledSection(String id, String title) {
        H2 heading = new H2(title);
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    /** The print button of a built page, found again so that the view can make it print. */
    static java.util.stream.Stream<NativeButton> printButtons(Component root) {
        java.util.stream.Stream<NativeButton> self = root instanceof NativeButton button
                && button.hasClassName(PRINT_BUTTON_CLASS) ? java.util.stream.Stream.of(button) : java.util.stream.Stream.empty();
        return java.util.stream.Stream.concat(self, root.getChildren().flatMap(SummaryContent::printButtons));
    }

    static String sectionId(String section) {
        return "section-" + section;
    }

    private static Map<String, List<String>> sections() {
        var sections = new java.util.LinkedHashMap<String, List<String>>();
        sections.put("what", List.of("p:p1", "p:p2", "p:p3"));
        sections.put("who", List.of("p:intro", "ul:item:5", "p:check"));
        sections.put("how", List.of("p:intro", "ol:step:4", "p:schedule"));
        sections.put("risks", List.of("p:p1", "p:p2", "p:p3", "p:p4", "p:p5", "p:p6", "p:p7"));
        sections.put("where", List.of("p:site", "p:investigator", "p:sponsor", "p:collaborators", "recruitment:status",
                "p:places", "p:dates"));
        sections.put("join", List.of("p:p1", "p:p2", "phone:phone", "p:ids", "registries:links"));
        sections.put("choice", List.of("p:p1", "p:p2", "p:p3", "p:p4"));
        return java.util.Collections.unmodifiableMap(sections);
    }
}
