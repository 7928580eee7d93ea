package fr.chulille.passerelle.inbox;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.chulille.passerelle.layout.MainLayout;
import fr.chulille.passerelle.security.StaffRole;
import jakarta.annotation.security.RolesAllowed;

@Route(value = "inbox", layout = MainLayout.class)
@Menu(order = 3, title = "layout.nav.inbox")
@RolesAllowed({StaffRole.INVESTIGATOR_ROLE, StaffRole.COORDINATOR_ROLE})
class InboxView extends Div implements LocaleChangeObserver {

    private final H1 title = new H1();
    private final Paragraph placeholder = new Paragraph();

    InboxView() {
        add(title, placeholder);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getTranslation("inbox.page-title")));
        title.setText(getTranslation("inbox.heading"));
        placeholder.setText(getTranslation("inbox.placeholder"));
    }
}
