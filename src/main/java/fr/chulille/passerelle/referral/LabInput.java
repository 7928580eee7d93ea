package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.MeasurementUnit;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * A laboratory value as doctors type it: the number, its unit (never pre-selected, since a wrong
 * default unit is a silent thousandfold error) and the sample date.
 */
class LabInput<U extends MeasurementUnit> extends Div {

    final BigDecimalField value = new BigDecimalField();
    final ChoiceSelect<U> unit = new ChoiceSelect<>();
    final DatePicker sampleDate = new DatePicker();
    private final Fact fact;

    LabInput(Fact fact, List<U> units, Texts texts) {
        this.fact = fact;
        addClassName("lab-input");
        value.setId(fact.fieldName() + "-value");
        value.setValueChangeMode(ValueChangeMode.ON_BLUR);
        unit.setId(fact.fieldName() + "-unit");
        unit.setItems(units);
        SampleDates.configure(sampleDate, fact.fieldName() + "-date", texts);
        texts.label(value, fact.labelKey());
        texts.label(unit, "referral.field.unit");
        texts.on(unit, () -> unit.setItemLabelGenerator(u -> texts.t(u.labelKey())));
        add(value, unit, sampleDate);
    }

    Fact fact() {
        return fact;
    }

    void onChange(Runnable listener) {
        value.addValueChangeListener(e -> listener.run());
        unit.addValueChangeListener(e -> listener.run());
    }

    /** Null when no value; a value without its unit is reported and counts as unknown. */
    Measurement<U> measurement(BiConsumer<HasValidation, String> incomplete) {
        if (value.getValue() == null) {
            return null;
        }
        if (unit.getValue() == null) {
            incomplete.accept(unit, "referral.validation.unit-missing");
            return null;
        }
        return new Measurement<>(value.getValue(), unit.getValue());
    }
}
