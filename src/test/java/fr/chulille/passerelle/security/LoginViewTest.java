package fr.chulille.passerelle.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import fr.chulille.passerelle.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** The login view's texts: translated, and a locked account told apart from a wrong password. */
@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Messages.ENGLISH);
    }

    @Test
    void theFormIsTranslatedAndPostsToSpringSecurity() {
        navigate(LoginView.class);
        LoginForm form = find(LoginForm.class).single();

        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(i18n(form)).contains("Username", "Password", "Log in");

        UI.getCurrent().setLocale(Messages.FRENCH);
        assertThat(i18n(form)).contains("Identifiant", "Mot de passe", "Se connecter");
    }

    @Test
    void aWrongPasswordShowsTheWrongCredentialsMessage() {
        failedWith(new BadCredentialsException("Bad credentials"));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Wrong username or password").doesNotContain("Logging in is locked");
    }

    @Test
    void aLockedAccountShowsTheLockedMessage() {
        failedWith(new LockedException("User account is locked"));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Logging in is locked", "try again in 15 minutes");
    }

    private static void failedWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
    }

    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
