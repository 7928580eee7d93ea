package fr.chulille.passerelle.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.chulille.passerelle.layout.MainLayout;

import java.util.Map;
import java.util.Optional;

/** The page of a one-time link (invitation, reset): the staff member sets their password, then logs in. */
@Route(value = "account/set-password/:token", layout = MainLayout.class)
@AnonymousAllowed
class SetPasswordView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final StaffPasswords passwords;
    private String token;
    private Optional<StaffPasswords.LinkInfo> link = Optional.empty();
    private boolean done;
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Button save = new Button();

    SetPasswordView(StaffPasswords passwords) {
        this.passwords = passwords;
        addClassName("set-password-view");
        newPassword.setId("new-password");
        confirmation.setId("confirm-password");
        for (PasswordField field : new PasswordField[] {newPassword, confirmation}) {
            field.setAutocomplete(Autocomplete.NEW_PASSWORD);
            field.setRequired(true);
            field.setWidthFull();
            field.setMaxLength(200);
        }
        save.setId("set-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        link = passwords.link(token);
        done = false;
        // the same view may be reused for another link: localeChange then does not come again
        if (getUI().isPresent()) {
            render();
        }
    }

    private void save() {
        newPassword.setInvalid(false);
        confirmation.setInvalid(false);
        try {
            passwords.setWithLink(token, newPassword.getValue(), confirmation.getValue());
            done = true;
            render();
        } catch (StaffPasswords.PasswordRefused refused) {
            PasswordField field = refused.problem() == PasswordPolicy.Problem.MISMATCH ? confirmation : newPassword;
            field.setErrorMessage(getTranslation(refused.messageKey(), Map.of("min", PasswordPolicy.MIN_LENGTH,
                    "max", PasswordPolicy.MAX_LENGTH)));
            field.setInvalid(true);
        } catch (AccountProblem problem) {
            link = Optional.empty();
            render();
        }
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("accounts.set-password.heading")));
        Anchor login = new Anchor("login", getTranslation("accounts.set-password.login"));
        login.setId("set-password-login");
        if (done) {
            Paragraph saved = new Paragraph(getTranslation("accounts.set-password.done"));
            saved.setId("set-password-status");
            saved.getElement().setAttribute("role", "status");
            add(saved, new Paragraph(login));
        } else if (link.isEmpty()) {
            Paragraph invalid = new Paragraph(getTranslation("accounts.set-password.invalid"));
            invalid.setId("set-password-status");
            add(invalid);
        } else {
            add(new Paragraph(getTranslation("accounts.set-password.intro", Map.of("name", link.get().displayName(),
                    "username", link.get().username()))));
            newPassword.setLabel(getTranslation("accounts.password.new"));
            newPassword.setHelperText(getTranslation("accounts.password.rules", Map.of("min", PasswordPolicy.MIN_LENGTH)));
            confirmation.setLabel(getTranslation("accounts.password.confirm"));
            save.setText(getTranslation("accounts.set-password.save"));
            Div form = new Div(newPassword, confirmation, save);
            form.addClassName("account-form");
            add(form);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.set-password.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        render();
    }
}
