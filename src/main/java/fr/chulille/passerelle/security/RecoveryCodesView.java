package fr.chulille.passerelle.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.chulille.passerelle.layout.MainLayout;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The recovery codes of a fresh enrolment, shown once: the session forgets them as the page opens. */
@Route(value = "account/recovery-codes", layout = MainLayout.class)
@PermitAll
class RecoveryCodesView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private List<String> codes = List.of();

    RecoveryCodesView() {
        addClassName("recovery-codes-view");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void beforeEnter(BeforeEnterEvent event) {
        Object fresh = StaffSession.attribute(SecondFactorFilter.NEW_RECOVERY_CODES);
        StaffSession.removeAttribute(SecondFactorFilter.NEW_RECOVERY_CODES);
        codes = fresh instanceof List<?> list ? (List<String>) list : List.of();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        removeAll();
        add(new H1(getTranslation("accounts.recovery.heading")));
        if (codes.isEmpty()) {
            add(new Paragraph(getTranslation("accounts.recovery.none")));
        } else {
            add(new Paragraph(getTranslation("accounts.recovery.intro")));
            UnorderedList list = new UnorderedList(codes.stream().map(ListItem::new).toArray(ListItem[]::new));
            list.setId("recovery-codes");
            list.addClassName("recovery-codes");
            add(list);
            add(new Paragraph(getTranslation("accounts.recovery.once")));
        }
        Anchor next = new Anchor("inbox", getTranslation("accounts.recovery.continue"));
        next.setId("recovery-codes-continue");
        // a full page load, so that a step still owed (a forced password change) takes over
        next.setRouterIgnore(true);
        add(new Paragraph(next));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.recovery.page-title");
    }
}
