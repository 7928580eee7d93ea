package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.GroupedAttestation;
import fr.chulille.passerelle.layout.Markup;

import java.util.List;
import java.util.function.Function;

/**
 * "None of the following applies to my patient", for one {@link GroupedAttestation.Group}: the group's
 * items listed in full; each question stays below, to answer on its own.
 * <p>
 * Memory (issue 16, item 8): the list's items are written as its markup ({@code <li>…</li>}, escaped), one
 * server-side node for the list instead of two per item.
 */
class GroupAttestation extends Div {

    /** Every group's checkbox id starts with it: a shortcut, not a field of its own (see {@link FormSection#fields}). */
    static final String ID_PREFIX = "attest-";

    private final Checkbox noneApplies = new Checkbox();
    private final UnorderedList list = new UnorderedList();
    private List<String> items = List.of();

    /** Each item in the protocol's wording of its criterion. */
    GroupAttestation(Texts texts, ClinicalInputs clinical, GroupedAttestation.Group group, String name, String labelKey,
                     String helperKey) {
        this(texts, clinical, group, name, labelKey, helperKey, criterion -> texts.t(criterion.label()));
    }

    /**
     * @param name        names the ids: the checkbox's is {@code ID_PREFIX + name}, the block's and the list's are
     *                    that id followed by {@code -group} and {@code -list}
     * @param itemText    each item's text from its criterion, in the page's language
     */
    GroupAttestation(Texts texts, ClinicalInputs clinical, GroupedAttestation.Group group, String name, String labelKey,
                     String helperKey, Function<Criterion, String> itemText) {
        String id = ID_PREFIX + name;
        setId(id + "-group");
        addClassName("attest-none-group");
        list.setId(id + "-list");
        texts.on(list, () -> {
            items = group.criteria().stream().map(itemText).toList();
            StringBuilder markup = new StringBuilder();
            items.forEach(item -> markup.append("<li>").append(Markup.text(item)).append("</li>"));
            Markup.write(list.getElement(), markup.toString());
        });
        noneApplies.setId(id);
        texts.label(noneApplies, labelKey);
        noneApplies.getElement().setAttribute("aria-describedby", id + "-list");
        noneApplies.addValueChangeListener(change -> clinical.attestNone(group, change.getValue()));
        Paragraph helper = texts.text(new Paragraph(), helperKey);
        helper.addClassName("attest-none-helper");
        add(noneApplies, list, helper);
    }

    /** The items listed, in the page's language. */
    List<String> items() {
        return items;
    }
}
