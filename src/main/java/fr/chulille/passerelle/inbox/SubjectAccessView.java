package fr.chulille.passerelle.inbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.layout.MainLayout;
import fr.chulille.passerelle.security.StaffRole;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The printable page of a subject access request: the same tree as the JSON file, section by section.
 * Opening it is an export, audited like the JSON file.
 */
@Route(value = "inbox/:referralId/subject-access", layout = MainLayout.class)
@RolesAllowed({StaffRole.INVESTIGATOR_ROLE, StaffRole.COORDINATOR_ROLE})
class SubjectAccessView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final InboxService inbox;
    private UUID referralId;
    private Map<String, Object> tree;

    SubjectAccessView(InboxService inbox) {
        this.inbox = inbox;
        addClassName("subject-access");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            referralId = UUID.fromString(event.getRouteParameters().get("referralId").orElseThrow());
            tree = inbox.subjectAccess(referralId);
        } catch (IllegalArgumentException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return tree == null ? getTranslation("inbox.page-title")
                : getTranslation("privacy.access.page-title", Map.of("reference", reference()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        if (tree == null) {
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        Button print = new Button(getTranslation("privacy.access.print"));
        print.setId("subject-access-print");
        print.addClickListener(click -> print.getElement().executeJs("window.print()"));
        String exportedAt = (String) ((Map<?, ?>) tree.get("export")).get("exported-at");
        add(new Anchor("inbox/" + referralId, getTranslation("privacy.access.back")),
                new H1(getTranslation("privacy.access.heading", Map.of("reference", reference()))),
                new Paragraph(getTranslation("privacy.access.intro",
                        Map.of("date", Messages.dateTime(Instant.parse(exportedAt), getLocale())))),
                print);
        for (String name : SubjectAccessExport.SECTIONS) {
            Section section = new Section(new H2(getTranslation("privacy.access.section." + name)));
            section.setId("subject-access-" + name);
            section.add(render(tree.get(name)));
            add(section);
        }
    }

    private String reference() {
        return (String) ((Map<?, ?>) tree.get("referral")).get("reference");
    }

    private Component render(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return new Span(getTranslation("privacy.access.empty"));
            }
            DescriptionList list = new DescriptionList();
            map.forEach((key, item) -> list.add(new DescriptionList.Term(String.valueOf(key)),
                    new DescriptionList.Description(render(item))));
            return list;
        }
        if (value instanceof List<?> items) {
            if (items.isEmpty()) {
                return new Span(getTranslation("privacy.access.empty"));
            }
            OrderedList list = new OrderedList();
            items.forEach(item -> list.add(new ListItem(render(item))));
            return list;
        }
        return value == null ? new Span(getTranslation("privacy.access.empty")) : new Text(String.valueOf(value));
    }
}
