package fr.chulille.passerelle.notification;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.layout.MainLayout;
import fr.chulille.passerelle.security.StaffRole;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/** Staff only: the mails the embedded SMTP server received (default profile), newest first. */
@Route(value = "inbox/mails", layout = MainLayout.class)
@RolesAllowed({StaffRole.INVESTIGATOR_ROLE, StaffRole.COORDINATOR_ROLE})
class DemoMailboxView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final DemoMailbox mailbox;

    DemoMailboxView(DemoMailbox mailbox) {
        this.mailbox = mailbox;
        addClassName("demo-mailbox");
    }

    /** The router sets the title after every navigation (to an empty one without this), after localeChange. */
    @Override
    public String getPageTitle() {
        return getTranslation("notification.mailbox.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        add(new H1(getTranslation("notification.mailbox.heading")));
        mailbox.mails().ifPresentOrElse(this::show,
                () -> add(new Paragraph(getTranslation("notification.mailbox.real-server"))));
    }

    private void show(List<DemoMailbox.Mail> mails) {
        add(new Paragraph(getTranslation("notification.mailbox.intro", Map.of("count", mails.size()))));
        for (DemoMailbox.Mail mail : mails) {
            String summary = getTranslation("notification.mailbox.summary", Map.of(
                    "date", Messages.dateTime(mail.receivedAt(), getLocale()), "to", mail.to(), "subject", mail.subject()));
            add(new Details(summary, new Pre(mail.text())));
        }
    }
}
