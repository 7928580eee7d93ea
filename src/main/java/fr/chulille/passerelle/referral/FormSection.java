package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import fr.chulille.passerelle.layout.Markup;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A section of the referral form that can be collapsed, and says how many of its fields are filled
 * (issue 16, item 5). Its heading holds a native button (the disclosure pattern: {@code <h2><button
 * aria-expanded>}), so that it stays a heading for a screen reader and works with the keyboard; a collapsed
 * section hides its content ({@code display: none}, out of the tab order) but keeps it on the server.
 * <p>
 * Memory (issue 16, item 8): the button's title and count ({@code <span class="form-section-title">…</span>
 * <span class="form-section-filled">…</span>}) are written as its markup, escaped, instead of two spans and three
 * text nodes on the server; the button itself stays (its focus, its {@code aria-expanded}).
 */
class FormSection extends Section {

    static final String COLLAPSED = "collapsed";

    private final Texts texts;
    private final String headingKey;
    private final NativeButton toggle = new NativeButton();
    private String filled = "";
    private boolean open = true;

    FormSection(Texts texts, String headingKey) {
        this.texts = texts;
        this.headingKey = headingKey;
        addClassName("form-section");
        toggle.addClassName("form-section-toggle");
        toggle.getElement().setAttribute("aria-expanded", "true");
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
        return filled;
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
                    return !id.endsWith("-unit") && !id.equals(LabUnits.ID) && !id.startsWith(GroupAttestation.ID_PREFIX);
                })
                .<HasValue<?, ?>>map(component -> (HasValue<?, ?>) component).toList();
    }

    private void showFilled() {
        List<HasValue<?, ?>> fields = fields();
        long count = fields.stream().filter(field -> !field.isEmpty()).count();
        filled = texts.t("formlayout.section.filled", Map.of("filled", count, "total", fields.size()));
        String shown = "<span class=\"form-section-title\">" + Markup.text(texts.t(headingKey)) + "</span> "
                + "<span class=\"form-section-filled\">" + Markup.text(filled) + "</span>";
        Markup.write(toggle.getElement(), shown);
    }

    private static Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
