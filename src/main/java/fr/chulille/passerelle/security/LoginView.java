package fr.chulille.passerelle.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.chulille.passerelle.layout.MainLayout;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The study team's login: Vaadin's LoginForm posting to Spring Security's form login at /login. */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private enum Failure { NONE, WRONG_CREDENTIALS, LOCKED }

    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final LoginForm form = new LoginForm();
    private Failure failure = Failure.NONE;

    LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(title, intro, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        failure = !failed ? Failure.NONE : lastFailureWasALock() ? Failure.LOCKED : Failure.WRONG_CREDENTIALS;
        form.setError(failure != Failure.NONE);
        translateForm();
    }

    /** Spring Security's failure handler keeps the last authentication exception in the HTTP session. */
    private static boolean lastFailureWasALock() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
    }

    /** The router sets the title after every navigation (to an empty one without this), after localeChange. */
    @Override
    public String getPageTitle() {
        return getTranslation("security.login.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        title.setText(getTranslation("security.login.heading"));
        intro.setText(getTranslation("security.login.intro"));
        translateForm();
    }

    private void translateForm() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("security.login.form-title"));
        texts.setUsername(getTranslation("security.login.username"));
        texts.setPassword(getTranslation("security.login.password"));
        texts.setSubmit(getTranslation("security.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failure == Failure.LOCKED) {
            error.setTitle(getTranslation("security.login.locked.title"));
            error.setMessage(getTranslation("security.login.locked.message"));
        } else {
            error.setTitle(getTranslation("security.login.error.title"));
            error.setMessage(getTranslation("security.login.error.message"));
        }
        error.setUsername(getTranslation("security.login.username-required"));
        error.setPassword(getTranslation("security.login.password-required"));
        form.setI18n(i18n);
    }
}
