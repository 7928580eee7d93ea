package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.GroupedAttestation;

/**
 * "None of the following applies to my patient", with the exclusion criteria of {@link GroupedAttestation}
 * listed in full in the protocol's wording; each question stays below, to answer on its own.
 */
class GroupAttestation extends Div {

    private final Checkbox noneApplies = new Checkbox();

    GroupAttestation(Texts texts, ClinicalInputs clinical) {
        setId("attest-none-group");
        addClassName("attest-none-group");
        UnorderedList list = new UnorderedList();
        list.setId("attest-none-list");
        for (Criterion criterion : GroupedAttestation.CRITERIA) {
            ListItem item = new ListItem();
            texts.on(item, () -> item.setText(texts.t(criterion.label())));
            list.add(item);
        }
        noneApplies.setId("attest-none");
        texts.label(noneApplies, "answernext.group.none-applies");
        noneApplies.getElement().setAttribute("aria-describedby", "attest-none-list");
        noneApplies.addValueChangeListener(change -> clinical.attestNone(change.getValue()));
        Paragraph helper = texts.text(new Paragraph(), "answernext.group.helper");
        helper.addClassName("attest-none-helper");
        add(noneApplies, list, helper);
    }
}
