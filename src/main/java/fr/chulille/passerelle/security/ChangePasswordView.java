package fr.chulille.passerelle.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.chulille.passerelle.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.Authentication;

import java.util.Map;

/**
 * Any staff member changes their own password (current one, new one twice). The account from the
 * environment lands here at its first login, and gets its role only once the password is changed.
 */
@Route(value = "account/password", layout = MainLayout.class)
@Menu(order = 6, title = "accounts.nav.password")
@PermitAll
class ChangePasswordView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final StaffPasswords passwords;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final PasswordField current = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Button save = new Button();
    private boolean forced;

    ChangePasswordView(StaffPasswords passwords) {
        this.passwords = passwords;
        addClassName("change-password-view");
        current.setId("current-password");
        newPassword.setId("new-password");
        confirmation.setId("confirm-password");
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (PasswordField field : new PasswordField[] {current, newPassword, confirmation}) {
            field.setRequired(true);
            field.setWidthFull();
            field.setMaxLength(200);
        }
        save.setId("change-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        status.setId("change-password-status");
        status.getElement().setAttribute("role", "status");
        Div form = new Div(current, newPassword, confirmation, save);
        form.addClassName("account-form");
        add(title, intro, status, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffAuthorities.PendingStep step = StaffAuthorities.pendingStep(
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()).orElse(null);
        if (step == StaffAuthorities.PendingStep.SECOND_FACTOR) {
            event.forwardTo(SecondFactorView.class);
            return;
        }
        forced = step == StaffAuthorities.PendingStep.PASSWORD_CHANGE;
    }

    private void save() {
        for (PasswordField field : new PasswordField[] {current, newPassword, confirmation}) {
            field.setInvalid(false);
        }
        try {
            boolean wasForced = forced;
            Authentication now = passwords.changeOwn(current.getValue(), newPassword.getValue(), confirmation.getValue());
            StaffSession.replaceAuthentication(now);
            current.clear();
            newPassword.clear();
            confirmation.clear();
            status.setText(getTranslation("accounts.password.changed"));
            if (wasForced) {
                forced = false;
                UI.getCurrent().getPage().setLocation("inbox");
            }
        } catch (StaffPasswords.PasswordRefused refused) {
            PasswordField field = refused.problem() == PasswordPolicy.Problem.MISMATCH ? confirmation : newPassword;
            field.setErrorMessage(getTranslation(refused.messageKey(), Map.of("min", PasswordPolicy.MIN_LENGTH,
                    "max", PasswordPolicy.MAX_LENGTH)));
            field.setInvalid(true);
            status.setText("");
        } catch (AccountProblem problem) {
            current.setErrorMessage(getTranslation(problem.messageKey()));
            current.setInvalid(true);
            status.setText("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.password.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        title.setText(getTranslation("accounts.password.heading"));
        intro.setText(getTranslation(forced ? "accounts.password.forced-intro" : "accounts.password.intro",
                Map.of("min", PasswordPolicy.MIN_LENGTH)));
        current.setLabel(getTranslation("accounts.password.current"));
        newPassword.setLabel(getTranslation("accounts.password.new"));
        newPassword.setHelperText(getTranslation("accounts.password.rules", Map.of("min", PasswordPolicy.MIN_LENGTH)));
        confirmation.setLabel(getTranslation("accounts.password.confirm"));
        save.setText(getTranslation("accounts.password.save"));
    }
}
