package fr.chulille.passerelle.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The administrator's page (the principal investigator): every staff account with its role and
 * state, the actions on each, and the invitation form. One card per account: readable at 320 px.
 */
@Route(value = "inbox/staff", layout = MainLayout.class)
@Menu(order = 5, title = "accounts.nav.staff")
@RolesAllowed(StaffRole.INVESTIGATOR_ROLE)
class StaffAccountsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final StaffAccountAdmin admin;
    private final H1 title = new H1();
    private final Paragraph status = new Paragraph();
    private final H2 accountsHeading = new H2();
    private final UnorderedList accounts = new UnorderedList();
    private final H2 inviteHeading = new H2();
    private final Paragraph inviteIntro = new Paragraph();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<StaffRole> role = new Select<>();
    private final Select<Locale> language = new Select<>();
    private final Button invite = new Button();

    StaffAccountsView(StaffAccountAdmin admin) {
        this.admin = admin;
        addClassName("staff-accounts");
        status.setId("staff-accounts-status");
        status.getElement().setAttribute("role", "status");
        accounts.setId("staff-accounts-list");
        accounts.addClassName("staff-account-list");
        username.setId("invite-username");
        displayName.setId("invite-display-name");
        email.setId("invite-email");
        role.setId("invite-role");
        language.setId("invite-language");
        invite.setId("invite-send");
        username.setMaxLength(100);
        displayName.setMaxLength(StaffAccountAdmin.MAX_DISPLAY_NAME_LENGTH);
        email.setMaxLength(StaffAccountAdmin.MAX_EMAIL_LENGTH);
        for (var field : List.of(username, displayName, email)) {
            field.setRequired(true);
            field.setWidthFull();
        }
        role.setItems(StaffRole.values());
        role.setValue(StaffRole.COORDINATOR);
        language.setItems(Messages.LOCALES);
        language.setValue(Messages.FRENCH);
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> invite());
        Div form = new Div(username, displayName, email, role, language, invite);
        form.addClassName("account-form");
        add(title, status, accountsHeading, accounts, inviteHeading, inviteIntro, form);
    }

    private void invite() {
        for (var field : List.of(username, displayName, email)) {
            field.setInvalid(false);
        }
        try {
            StaffAccountAdmin.AccountRow row = admin.invite(username.getValue(), displayName.getValue(), email.getValue(),
                    role.getValue(), language.getValue());
            status.setText(getTranslation("accounts.invite.sent", Map.of("username", row.username(), "email", row.email())));
            username.clear();
            displayName.clear();
            email.clear();
            refresh();
        } catch (AccountProblem problem) {
            var field = switch (problem.messageKey()) {
                case "accounts.problem.display-name" -> displayName;
                case "accounts.problem.email" -> email;
                default -> username;
            };
            field.setErrorMessage(getTranslation(problem.messageKey()));
            field.setInvalid(true);
            status.setText(getTranslation(problem.messageKey()));
        } catch (AccountMailer.AccountMailNotSent notSent) {
            status.setText(getTranslation("accounts.problem.mail"));
        }
    }

    private void refresh() {
        accounts.removeAll();
        for (StaffAccountAdmin.AccountRow row : admin.list()) {
            accounts.add(card(row));
        }
    }

    private ListItem card(StaffAccountAdmin.AccountRow row) {
        H3 name = new H3(row.displayName() + " (" + row.username() + ")");
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("accounts.role." + row.role().name().toLowerCase(Locale.ROOT)));
        facts.add(getTranslation(row.active() ? "accounts.state.active" : "accounts.state.inactive"));
        if (row.linkPending()) {
            facts.add(getTranslation("accounts.state.link-pending"));
        }
        facts.add(getTranslation(row.secondFactorEnrolled() ? "accounts.state.second-factor" : "accounts.state.no-second-factor"));
        Paragraph state = new Paragraph(String.join(" · ", facts));
        state.addClassName("staff-account-state");
        Paragraph contact = new Paragraph(row.email() == null ? getTranslation("accounts.no-email") : row.email());
        // long usernames and addresses wrap instead of widening the page at 320 px
        name.getStyle().set("overflow-wrap", "anywhere");
        contact.getStyle().set("overflow-wrap", "anywhere");
        Div actions = new Div();
        actions.addClassName("staff-account-actions");
        if (!row.self()) {
            if (row.active()) {
                actions.add(action("accounts.action.deactivate", row, "deactivate", r -> admin.deactivate(r.id()), "accounts.done.deactivated"));
            } else {
                actions.add(action("accounts.action.reactivate", row, "reactivate", r -> admin.reactivate(r.id()), "accounts.done.reactivated"));
            }
        }
        if (row.email() != null) {
            actions.add(action("accounts.action.reset-password", row, "reset-password",
                    r -> admin.resetPassword(r.id(), getLocale()), "accounts.done.password-reset"));
        }
        if (row.secondFactorEnrolled()) {
            actions.add(action("accounts.action.reset-second-factor", row, "reset-second-factor",
                    r -> admin.resetSecondFactor(r.id()), "accounts.done.second-factor-reset"));
        }
        ListItem card = new ListItem(name, state, contact, actions);
        card.addClassName("staff-account");
        card.setId("account-" + row.username().replaceAll("[^A-Za-z0-9_-]", "_"));
        return card;
    }

    private Button action(String labelKey, StaffAccountAdmin.AccountRow row, String idSuffix,
                          Consumer<StaffAccountAdmin.AccountRow> change, String doneKey) {
        Button button = new Button(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName("staff-account-" + idSuffix);
        // the button's name says which account it acts on, for screen readers
        button.setAriaLabel(getTranslation(labelKey) + " — " + row.username());
        button.addClickListener(click -> {
            try {
                change.accept(row);
                status.setText(getTranslation(doneKey, Map.of("username", row.username())));
            } catch (AccountProblem problem) {
                status.setText(getTranslation(problem.messageKey()));
            } catch (AccountMailer.AccountMailNotSent notSent) {
                status.setText(getTranslation("accounts.problem.mail"));
            }
            refresh();
        });
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.admin.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        title.setText(getTranslation("accounts.admin.heading"));
        accountsHeading.setText(getTranslation("accounts.admin.list-heading"));
        inviteHeading.setText(getTranslation("accounts.invite.heading"));
        inviteIntro.setText(getTranslation("accounts.invite.intro", Map.of("hours", StaffAccountAdmin.LINK_VALIDITY.toHours())));
        username.setLabel(getTranslation("accounts.invite.username"));
        username.setHelperText(getTranslation("accounts.invite.username-help"));
        displayName.setLabel(getTranslation("accounts.invite.display-name"));
        email.setLabel(getTranslation("accounts.invite.email"));
        role.setLabel(getTranslation("accounts.invite.role"));
        role.setItemLabelGenerator(r -> getTranslation("accounts.role." + r.name().toLowerCase(Locale.ROOT)));
        language.setLabel(getTranslation("accounts.invite.language"));
        language.setItemLabelGenerator(l -> getTranslation("accounts.language." + l.getLanguage()));
        invite.setText(getTranslation("accounts.invite.send"));
        refresh();
    }
}
