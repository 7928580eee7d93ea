package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.LiverEnzyme;
import fr.chulille.passerelle.eligibility.LiverEnzymeUnit;

import java.util.List;
import java.util.function.BiConsumer;

/** ALT or AST: a multiple of the ULN, or U/L with the laboratory's upper limit of normal. */
class LiverEnzymeInput extends Div {

    final BigDecimalField value = new BigDecimalField();
    final ChoiceSelect<LiverEnzymeUnit> unit = new ChoiceSelect<>();
    final BigDecimalField upperLimit = new BigDecimalField();
    final DatePicker sampleDate = new DatePicker();
    private final Fact fact;

    LiverEnzymeInput(Fact fact, Texts texts) {
        this.fact = fact;
        addClassName("lab-input");
        value.setId(fact.fieldName() + "-value");
        value.setValueChangeMode(ValueChangeMode.ON_BLUR);
        unit.setId(fact.fieldName() + "-unit");
        unit.setItems(List.of(LiverEnzymeUnit.values()));
        upperLimit.setId(fact.fieldName() + "-uln");
        upperLimit.setValueChangeMode(ValueChangeMode.ON_BLUR);
        upperLimit.setVisible(false);
        SampleDates.configure(sampleDate, fact.fieldName() + "-date", texts);
        texts.label(value, fact.labelKey());
        texts.label(unit, "referral.field.unit");
        texts.on(unit, () -> unit.setItemLabelGenerator(u -> texts.t(u.labelKey())));
        texts.label(upperLimit, "referral.field.upper-limit-of-normal");
        unit.addValueChangeListener(e -> upperLimit.setVisible(e.getValue() == LiverEnzymeUnit.UNITS_PER_LITRE));
        add(value, unit, upperLimit, sampleDate);
    }

    Fact fact() {
        return fact;
    }

    void onChange(Runnable listener) {
        value.addValueChangeListener(e -> listener.run());
        unit.addValueChangeListener(e -> listener.run());
        upperLimit.addValueChangeListener(e -> listener.run());
    }

    /** Null when no value; a missing unit, or U/L without the ULN, is reported (message key) and counts as unknown. */
    LiverEnzyme enzyme(BiConsumer<HasValidation, String> incomplete) {
        if (value.getValue() == null) {
            return null;
        }
        if (unit.getValue() == null) {
            incomplete.accept(unit, "referral.validation.unit-missing");
            return null;
        }
        if (unit.getValue() == LiverEnzymeUnit.UNITS_PER_LITRE && upperLimit.getValue() == null) {
            incomplete.accept(upperLimit, "referral.validation.upper-limit-missing");
        }
        return new LiverEnzyme(value.getValue(), unit.getValue(),
                unit.getValue() == LiverEnzymeUnit.UNITS_PER_LITRE ? upperLimit.getValue() : null);
    }
}
