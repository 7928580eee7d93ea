package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A section of the referral form that can be collapsed, and says how many of its fields are filled
 * (issue 16, item 5). Its heading holds a native button (the disclosure pattern: {@code <h2><button
 * aria-expanded>}), so that it stays a heading for a screen reader and works with the keyboard; a collapsed
 * section hides its content ({@code display: none}, out of the tab order) but keeps it on the server.
 */
class FormSection extends Section {

    static final String COLLAPSED = "collapsed";

    private final Texts texts;
    private final NativeButton toggle = new NativeButton();
    private final Span filled = new Span();
    private boolean open = true;

    FormSection(Texts texts, String headingKey) {
        this.texts = texts;
        addClassName("form-section");
        toggle.addClassName("form-section-toggle");
        toggle.getElement().setAttribute("aria-expanded", "true");
        Span title = texts.text(new Span(), headingKey);
        title.addClassName("form-section-title");
        filled.addClassName("form-section-filled");
        toggle.add(title, new Text(" "), filled);
        toggle.addClickListener(click -> setOpen(!open));
        H2 heading = new H2(toggle);
        heading.addClassName("form-section-heading");
        add(heading);
        texts.on(this, this::showFilled);
    }

    /** Once the content is in place: the count follows each of its fields. */
    FormSection watch() {
        fields().forEach(field -> field.addValueChangeListener(change -> showFilled()));
        showFilled();
        return this;
    }

    void setOpen(boolean open) {
        this.open = open;
        getElement().getClassList().set(COLLAPSED, !open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    boolean isOpen() {
        return open;
    }

    /** "3 of 9 filled". */
    String filledText() {
        return filled.getText();
    }

    /**
     * The fields the referrer fills: not the units (a choice of how, with a default per laboratory), nor the
     * optional sample dates, nor the "none of the following applies" shortcut (its questions are counted).
     */
    List<HasValue<?, ?>> fields() {
        return descendants(this).filter(component -> component instanceof HasValue<?, ?>)
                .filter(component -> !(component instanceof DatePicker))
                .filter(component -> {
                    String id = component.getId().orElse("");
                    return !id.endsWith("-unit") && !id.equals(LabUnits.ID) && !id.equals("attest-none");
                })
                .<HasValue<?, ?>>map(component -> (HasValue<?, ?>) component).toList();
    }

    private void showFilled() {
        List<HasValue<?, ?>> fields = fields();
        long count = fields.stream().filter(field -> !field.isEmpty()).count();
        filled.setText(texts.t("formlayout.section.filled", Map.of("filled", count, "total", fields.size())));
    }

    private static Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
