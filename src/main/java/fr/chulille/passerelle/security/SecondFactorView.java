package fr.chulille.passerelle.security;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import fr.chulille.passerelle.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.web.csrf.CsrfToken;

import java.util.Optional;

/**
 * The second login step: the TOTP code (or a recovery code) after the password; at the first login,
 * or after an administrator's reset, the enrolment (QR code drawn by the server, the secret in text
 * for manual entry). A plain HTML form posted to {@link SecondFactorFilter}, as the login form is.
 */
@Route(value = "login/second-factor", layout = MainLayout.class)
@PermitAll
class SecondFactorView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String CODE_FIELD_ID = "second-factor-code";

    private final SecondFactorService secondFactor;
    private SecondFactorService.LoginStep step;
    private boolean failed;

    SecondFactorView(SecondFactorService secondFactor) {
        this.secondFactor = secondFactor;
        addClassName("second-factor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SecondFactorService.LoginStep> current = secondFactor.currentLoginStep(
                (String) StaffSession.attribute(SecondFactorFilter.PENDING_SECRET));
        if (current.isEmpty()) {
            event.forwardTo(secondFactor.currentPendingStep()
                    .filter(StaffAuthorities.PendingStep.PASSWORD_CHANGE::equals)
                    .map(pending -> "account/password").orElse("inbox"));
            return;
        }
        step = current.get();
        if (!step.enrolled()) {
            StaffSession.setAttribute(SecondFactorFilter.PENDING_SECRET, step.secret());
        }
        failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        if (step != null) {
            render();
        }
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("accounts.second-factor.heading")));
        if (failed) {
            Paragraph error = new Paragraph(getTranslation("accounts.second-factor.error"));
            error.addClassName("form-error");
            error.getElement().setAttribute("role", "alert");
            add(error);
        }
        if (step.enrolled()) {
            add(new Paragraph(getTranslation("accounts.second-factor.intro")));
            add(form("accounts.second-factor.code"));
            add(new Paragraph(getTranslation("accounts.second-factor.recovery-help")));
        } else {
            add(enrolment(step));
        }
    }

    private Div enrolment(SecondFactorService.LoginStep step) {
        Div enrolment = new Div();
        enrolment.addClassName("second-factor-enrolment");
        enrolment.add(new Paragraph(getTranslation("accounts.enrol.intro")));
        enrolment.add(new H2(getTranslation("accounts.enrol.steps-heading")));
        Image qr = new Image(step.qrCodeDataUri(), getTranslation("accounts.enrol.qr-alt"));
        qr.setId("second-factor-qr");
        qr.setWidth("240px");
        qr.setHeight("240px");
        Code secret = new Code(grouped(step.secret()));
        secret.setId("second-factor-secret");
        OrderedList steps = new OrderedList(
                new ListItem(getTranslation("accounts.enrol.step-app")),
                new ListItem(new Paragraph(getTranslation("accounts.enrol.step-scan")), qr,
                        new Paragraph(getTranslation("accounts.enrol.step-manual")), secret),
                new ListItem(getTranslation("accounts.enrol.step-code")));
        enrolment.add(steps, form("accounts.enrol.code"));
        return enrolment;
    }

    /** A native form: the browser posts the code with the CSRF token, like Vaadin's LoginForm. */
    private Div form(String labelKey) {
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "login/second-factor");
        NativeLabel label = new NativeLabel(getTranslation(labelKey));
        label.setFor(CODE_FIELD_ID);
        Input code = new Input();
        code.setId(CODE_FIELD_ID);
        code.getElement().setAttribute("name", "code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("required", "");
        code.getElement().setAttribute("maxlength", "20");
        code.getElement().setAttribute("spellcheck", "false");
        code.getElement().setAttribute("autocapitalize", "off");
        NativeButton submit = new NativeButton(getTranslation("accounts.second-factor.submit"));
        submit.getElement().setAttribute("type", "submit");
        submit.setId("second-factor-submit");
        Div fields = new Div(label, code);
        fields.addClassName("form-row");
        form.appendChild(fields.getElement(), submit.getElement());
        csrfToken().ifPresent(token -> {
            Element hidden = new Element("input");
            hidden.setAttribute("type", "hidden");
            hidden.setAttribute("name", token.getParameterName());
            hidden.setAttribute("value", token.getToken());
            form.appendChild(hidden);
        });
        Div wrapper = new Div();
        wrapper.addClassName("second-factor-form");
        wrapper.getElement().appendChild(form);
        return wrapper;
    }

    private static Optional<CsrfToken> csrfToken() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? Optional.empty()
                : Optional.ofNullable((CsrfToken) request.getHttpServletRequest().getAttribute(CsrfToken.class.getName()));
    }

    /** The Base32 secret in groups of four, easier to copy by hand. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.second-factor.page-title");
    }
}
