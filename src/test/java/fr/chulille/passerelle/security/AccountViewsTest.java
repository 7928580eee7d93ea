package fr.chulille.passerelle.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.chulille.passerelle.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff-account pages without a browser: the administrator's page, my password, the link page, the second step. */
@SpringBootTest
@Import(AccountsTestSupport.Config.class)
@ContextConfiguration(initializers = AccountsTestSupport.Settings.class)
class AccountViewsTest extends SpringBrowserlessTest {

    private static final String ADMIN = "pi.views";
    private static final String PASSWORD = "the first long password";

    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffAccountAdmin admin;
    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    @WithMockUser(username = ADMIN, roles = StaffRole.INVESTIGATOR_ROLE)
    void theAdministratorInvitesAMemberAndDeactivatesTheAccount() {
        accounts.createIfAbsent(ADMIN, "Pr Views", "the administrator's password", StaffRole.INVESTIGATOR);
        navigate(StaffAccountsView.class);
        UI.getCurrent().setLocale(Messages.ENGLISH);
        String username = "view-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(find(H1.class).single().getText()).isEqualTo("Staff accounts");
        assertThat(List.of(find(TextField.class).id("invite-username").getLabel(), find(TextField.class).id("invite-display-name").getLabel(),
                find(EmailField.class).id("invite-email").getLabel(), find(Select.class).id("invite-role").getLabel()))
                .as("every field has a label").allMatch(label -> label != null && !label.isBlank());
        test(find(TextField.class).id("invite-username")).setValue(username);
        test(find(TextField.class).id("invite-display-name")).setValue("Dr View Test");
        test(find(EmailField.class).id("invite-email")).setValue(username + "@chu.example");
        test(find(Button.class).id("invite-send")).click();

        assertThat(find(Paragraph.class).id("staff-accounts-status").getText())
                .isEqualTo("Invitation sent to " + username + "@chu.example for " + username + ".");
        assertThat(AccountsTestSupport.mailsTo(username + "@chu.example")).hasSize(1);
        ListItem card = find(ListItem.class).id("account-" + username);
        assertThat(card.getElement().getTextRecursively()).contains("Dr View Test", "Trial coordinator", "Active",
                "Link sent, password not set yet", "No second factor yet");

        test(find(Button.class).withClassName("staff-account-deactivate").withCondition(b -> b.getAriaLabel().orElse("").endsWith(username)).single()).click();

        assertThat(find(Paragraph.class).id("staff-accounts-status").getText()).contains(username + " is deactivated");
        assertThat(find(ListItem.class).id("account-" + username).getElement().getTextRecursively()).contains("Deactivated");
        assertThat(find(ListItem.class).id("account-" + ADMIN.replace('.', '_')).getElement().getTextRecursively())
                .contains("Principal investigator (administrator)");
        assertThat(find(ListItem.class).id("account-" + ADMIN.replace('.', '_')).getChildren().anyMatch(c -> c.getElement().getTextRecursively().contains("Deactivate")))
                .as("no button to deactivate oneself").isFalse();
    }

    @Test
    @WithMockUser(username = "coordinator.views", roles = StaffRole.COORDINATOR_ROLE)
    void aCoordinatorCannotOpenTheAdministratorsPage() {
        UI.getCurrent().navigate(StaffAccountsView.class);

        assertThat(find(StaffAccountsView.class).all()).isEmpty();
    }

    @Test
    void aStaffMemberChangesTheirPasswordAndIsToldWhatIsWrong() throws Exception {
        String username = loggedIn(new SimpleGrantedAuthority("ROLE_COORDINATOR"), false);
        navigate(ChangePasswordView.class);
        UI.getCurrent().setLocale(Messages.ENGLISH);

        assertThat(find(PasswordField.class).all()).extracting(PasswordField::getLabel)
                .containsExactly("Current password", "New password", "New password again");
        change("not my password", "a new long passphrase", "a new long passphrase");
        assertThat(find(PasswordField.class).id("current-password").getErrorMessage()).isEqualTo("The current password is wrong.");

        change(PASSWORD, "qwerty123456", "qwerty123456");
        assertThat(find(PasswordField.class).id("new-password").isInvalid()).isTrue();
        assertThat(find(PasswordField.class).id("new-password").getErrorMessage()).contains("list of common passwords");

        change(PASSWORD, "a new long passphrase", "a new long passphrase");
        assertThat(find(Paragraph.class).id("change-password-status").getText()).isEqualTo("Your password has been changed.");
        assertThat(authentication.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "a new long passphrase")).isAuthenticated()).isTrue();
    }

    @Test
    void theForcedPasswordChangeGivesTheRoleOnlyOnceTheNewPasswordIsSet() {
        loggedIn(new SimpleGrantedAuthority(StaffAuthorities.PendingStep.PASSWORD_CHANGE.authority), true);
        navigate(ChangePasswordView.class);
        UI.getCurrent().setLocale(Messages.ENGLISH);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("This account was created from the server settings"));

        change(PASSWORD, "my own long passphrase", "my own long passphrase");

        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_COORDINATOR");
    }

    @Test
    void theSecondStepShowsTheQrCodeAndTheKeyAtEnrolment() {
        loggedIn(new SimpleGrantedAuthority(StaffAuthorities.PendingStep.SECOND_FACTOR.authority), false);
        navigate(SecondFactorView.class);
        UI.getCurrent().setLocale(Messages.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Confirm it is you");
        Image qr = find(Image.class).id("second-factor-qr");
        assertThat(qr.getSrc()).startsWith("data:image/png;base64,");
        assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("QR code"));
        assertThat(find(Code.class).id("second-factor-secret").getText()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        NativeLabel label = find(NativeLabel.class).single();
        assertThat(label.getFor()).hasValue(SecondFactorView.CODE_FIELD_ID);
        assertThat(label.getText()).isEqualTo("Code shown by the app");
    }

    @Test
    @WithMockUser(username = ADMIN, roles = StaffRole.INVESTIGATOR_ROLE)
    void theLinkPageSetsThePasswordOnceAndThenSaysTheLinkIsUsed() {
        accounts.createIfAbsent(ADMIN, "Pr Views", "the administrator's password", StaffRole.INVESTIGATOR);
        String username = "link-" + UUID.randomUUID().toString().substring(0, 8);
        admin.invite(username, "Dr Link", username + "@chu.example", StaffRole.COORDINATOR, Locale.ENGLISH);
        String token = AccountsTestSupport.lastLinkTokenTo(username + "@chu.example");

        UI.getCurrent().navigate("account/set-password/" + token);
        UI.getCurrent().setLocale(Messages.ENGLISH);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).anyMatch(text -> text.contains("(" + username + ")"));
        test(find(PasswordField.class).id("new-password")).setValue("my chosen passphrase");
        test(find(PasswordField.class).id("confirm-password")).setValue("my chosen passphrase");
        test(find(Button.class).id("set-password-save")).click();

        assertThat(find(Paragraph.class).id("set-password-status").getText()).isEqualTo("Your password is set. You can now log in.");
        UI.getCurrent().navigate("account/set-password/" + token);
        assertThat(find(Paragraph.class).id("set-password-status").getText()).startsWith("This link is not valid");
    }

    private void change(String current, String newPassword, String confirmation) {
        test(find(PasswordField.class).id("current-password")).setValue(current);
        test(find(PasswordField.class).id("new-password")).setValue(newPassword);
        test(find(PasswordField.class).id("confirm-password")).setValue(confirmation);
        test(find(Button.class).id("change-password-save")).click();
    }

    /** A session past the password step of a new account, holding this authority. */
    private String loggedIn(GrantedAuthority authority, boolean mustChangePassword) {
        String username = "views-" + UUID.randomUUID();
        accounts.createIfAbsent(username, "View Tester", PASSWORD, StaffRole.COORDINATOR, mustChangePassword);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of(authority)));
        return username;
    }
}
