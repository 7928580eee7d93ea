package fr.chulille.passerelle.summary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.CriterionKind;
import fr.chulille.passerelle.eligibility.ProtocolPassage;
import fr.chulille.passerelle.eligibility.TrialCriteria;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The part for healthcare professionals: design and the record's full criteria (the English
 * original, or its French translation with a link to the original).
 */
final class ProfessionalsContent {

    private static final List<String> DESIGN = List.of("type", "phase", "model", "allocation", "masking", "purpose",
            "condition", "enrollment", "intervention", "manufacturing", "eligibility", "dates", "status",
            "investigator", "sponsor");

    private ProfessionalsContent() {
    }

    static Div build(Translator t, SummaryFacts facts) {
        Map<String, Object> arguments = facts.arguments();
        Div page = new Div();
        page.addClassName("summary");
        page.addClassName("professionals");
        Anchor original = new Anchor(t.translate("summary.pro.other-language.href"), t.translate("summary.pro.other-language.link"));
        String otherLanguage = t.translate("summary.pro.other-language.code");
        original.getElement().setAttribute("hreflang", otherLanguage);
        original.getElement().setAttribute("lang", otherLanguage);
        page.add(new H1(t.translate("summary.pro.heading")),
                new Paragraph(t.translate("summary.pro.intro", arguments)),
                design(t, facts),
                criteria(t, CriterionKind.INCLUSION, arguments, original),
                criteria(t, CriterionKind.EXCLUSION, arguments, null),
                referral(t, facts));
        return page;
    }

    private static Section design(Translator t, SummaryFacts facts) {
        Map<String, Object> arguments = facts.arguments();
        Section section = SummaryContent.titledSection("design", t.translate("summary.pro.design.heading"));
        DescriptionList list = new DescriptionList();
        list.addClassName("design");
        for (String item : DESIGN) {
            String prefix = "summary.pro.design." + item;
            String value = item.equals("status") && facts.recruitment().setByStaff()
                    ? t.translate("recruitment.public.pro", facts.recruitment().arguments())
                    : t.translate(prefix + ".value", arguments);
            list.add(new DescriptionList.Term(t.translate(prefix + ".label")), new DescriptionList.Description(value));
        }
        section.add(list);
        return section;
    }

    /**
     * The record's bullets of one list, each with its number of sub-items, read from the criteria the
     * pre-check evaluates ({@link TrialCriteria}): item 3's alternative definitions, item 18's three sub-items.
     */
    static Map<Integer, Integer> bullets(CriterionKind kind) {
        Map<Integer, Integer> bullets = new LinkedHashMap<>();
        for (Criterion criterion : TrialCriteria.ofKind(kind)) {
            ProtocolPassage passage = criterion.protocol();
            bullets.merge(passage.item(), passage.subItem().orElse(passage.subItems().size()), Math::max);
        }
        return bullets;
    }

    private static Section criteria(Translator t, CriterionKind criterionKind, Map<String, Object> arguments, Anchor original) {
        String kind = criterionKind.name().toLowerCase(Locale.ROOT);
        Map<Integer, Integer> subItems = bullets(criterionKind);
        String prefix = "summary.pro." + kind;
        Section section = SummaryContent.titledSection(kind, t.translate(prefix + ".heading"));
        if (original != null) {
            section.add(new Paragraph(new Text(t.translate("summary.pro.criteria.note", arguments) + " "), original));
        }
        OrderedList list = new OrderedList();
        list.addClassName("criteria");
        for (int i : subItems.keySet()) {
            ListItem item = new ListItem(t.translate(prefix + "." + i));
            int subCount = subItems.getOrDefault(i, 0);
            if (subCount > 0) {
                OrderedList sub = new OrderedList(OrderedList.NumberingType.LOWERCASE_LETTER);
                for (int j = 1; j <= subCount; j++) {
                    sub.add(new ListItem(t.translate(prefix + "." + i + "." + j)));
                }
                item.add(sub);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private static Section referral(Translator t, SummaryFacts facts) {
        Section section = SummaryContent.titledSection("refer", t.translate("summary.pro.refer.heading"));
        Anchor refer = new Anchor("referral", t.translate("summary.pro.refer.link"));
        refer.addClassName("call-to-action");
        section.add(new Paragraph(refer),
                new Paragraph(Inline.withLink(t, "summary.pro.contact", facts.arguments(), "phone", facts.phoneUri())
                        .toArray(Component[]::new)));
        return section;
    }
}
