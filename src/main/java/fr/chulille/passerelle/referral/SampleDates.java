package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.LocalDate;

/**
 * A laboratory value's sample date: empty until typed, never later than today, and typed day first
 * in both languages (the record is French, and so is the UK's order): "12/11/2026", or "12/11" for
 * this year (issue 16, item 6). The helper text says so.
 */
final class SampleDates {

    /** Shown and parsed first; then the same without the year (the browser takes the current year). */
    static final String FORMAT = "dd/MM/yyyy";
    static final String WITHOUT_YEAR = "dd/MM";

    private SampleDates() {
    }

    static DatePicker configure(DatePicker picker, String id, Texts texts) {
        picker.setId(id);
        picker.setMax(LocalDate.now(ReferralService.TRIAL_ZONE));
        texts.label(picker, "referral.field.sample-date");
        texts.helper(picker, "formflow.sample-date.helper");
        texts.on(picker, () -> picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats(FORMAT, WITHOUT_YEAR, "d/M/yyyy", "d/M")));
        return picker;
    }
}
