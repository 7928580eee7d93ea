package fr.chulille.passerelle.inbox;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.referral.Closing;
import fr.chulille.passerelle.referral.ClosingCategory;
import fr.chulille.passerelle.referral.ReferralStatus;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the status change that asks why a referral is closed (issue 15): a category from the short
 * list of the chosen closing status (required) and, for "criteria not met", the criteria that failed,
 * chosen among the trial's criteria and pre-filled with those the stored pre-check found not met.
 * Hidden for a status that does not close.
 */
class ClosingFields extends Div {

    private final Select<ClosingCategory> category = new Select<>();
    private final MultiSelectComboBox<Criterion> criteria = new MultiSelectComboBox<>();
    private final Set<Criterion> prefilled = new LinkedHashSet<>();
    private ReferralStatus status;

    /** @param preCheckFailed ids of the criteria the pre-check found not met (unknown ids are left out) */
    ClosingFields(Set<String> preCheckFailed) {
        addClassName("closing-fields");
        category.setId("closing-category");
        category.setLabel(getTranslation("screening.closing.category-label"));
        category.setHelperText(getTranslation("screening.closing.category-help"));
        category.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        category.setRequiredIndicatorVisible(true);
        category.addValueChangeListener(event -> {
            category.setInvalid(false);
            showCriteria();
        });
        criteria.setId("closing-criteria");
        criteria.setLabel(getTranslation("screening.closing.criteria-label"));
        criteria.setHelperText(getTranslation("screening.closing.criteria-help"));
        criteria.setItems(TrialCriteria.all());
        criteria.setItemLabelGenerator(criterion -> criterion.id() + " — "
                + getTranslation(criterion.shortLabelKey(), criterion.limitArguments()));
        criteria.setWidthFull();
        preCheckFailed.forEach(id -> TrialCriteria.byId(id).ifPresent(prefilled::add));
        criteria.setValue(prefilled);
        add(category, criteria);
        show(null);
    }

    /** Shows the categories of this status, or nothing when it does not close the referral. */
    void show(ReferralStatus chosen) {
        if (chosen == status) {
            return;
        }
        status = chosen;
        boolean closes = chosen != null && chosen.closes();
        setVisible(closes);
        category.setItems(closes ? ClosingCategory.of(chosen) : java.util.List.of());
        category.setInvalid(false);
        criteria.setInvalid(false);
        criteria.setValue(prefilled);
        showCriteria();
    }

    private void showCriteria() {
        criteria.setVisible(status == ReferralStatus.NOT_ELIGIBLE
                && (category.getValue() == null || category.getValue().needsCriteria()));
    }

    /**
     * The closing to record, or empty for a status that does not close. Marks the missing category (or the
     * missing criteria) and returns null when something required is missing.
     */
    Optional<Closing> closing() throws Incomplete {
        if (status == null || !status.closes()) {
            return Optional.empty();
        }
        ClosingCategory chosen = category.getValue();
        if (chosen == null) {
            category.setInvalid(true);
            category.setErrorMessage(getTranslation("screening.closing.category-required"));
            category.focus();
            throw new Incomplete();
        }
        if (chosen.needsCriteria() && criteria.getValue().isEmpty()) {
            criteria.setInvalid(true);
            criteria.setErrorMessage(getTranslation("screening.closing.criteria-required"));
            criteria.focus();
            throw new Incomplete();
        }
        return Optional.of(new Closing(chosen, chosen.needsCriteria()
                ? criteria.getValue().stream().map(Criterion::id).collect(java.util.stream.Collectors.toSet()) : Set.of()));
    }

    /** Something required is missing: the field says what. */
    static final class Incomplete extends Exception {
        Incomplete() {
            super(null, null, false, false);
        }
    }
}
