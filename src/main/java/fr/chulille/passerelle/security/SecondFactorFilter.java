package fr.chulille.passerelle.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.util.List;

import static org.springframework.http.HttpMethod.POST;

/**
 * The second login step: a form POST of {@code code} (TOTP or recovery code, with the CSRF token) to
 * {@value #PATH} by a session that passed the password step. Success replaces the session's
 * authentication (new session id) with the role, or with the forced password change; after an
 * enrolment the new recovery codes are shown once. A wrong code comes back to the step's page; a
 * locked account loses its half-open session and sees the login page's lock message.
 */
final class SecondFactorFilter extends AbstractAuthenticationProcessingFilter {

    static final String PATH = "/login/second-factor";
    /** Session attribute: the secret shown to this session for enrolment, until a code confirms it. */
    static final String PENDING_SECRET = SecondFactorFilter.class.getName() + ".pendingSecret";
    /** Session attribute: the recovery codes of a fresh enrolment, removed by the page that shows them. */
    static final String NEW_RECOVERY_CODES = SecondFactorFilter.class.getName() + ".newRecoveryCodes";
    static final String RECOVERY_CODES_PATH = "/account/recovery-codes";

    private final SecurityContextHolderStrategy securityContext;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    SecondFactorFilter(AuthenticationManager manager, SecurityContextHolderStrategy securityContext) {
        super(PathPatternRequestMatcher.withDefaults().matcher(POST, PATH), manager);
        this.securityContext = securityContext;
        setSecurityContextHolderStrategy(securityContext);
        setSecurityContextRepository(new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
        setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        setAuthenticationDetailsSource(new WebAuthenticationDetailsSource());
        SavedRequestAwareAuthenticationSuccessHandler toSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
        toSavedRequest.setDefaultTargetUrl("/inbox");
        setAuthenticationSuccessHandler((request, response, authentication) -> {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(NEW_RECOVERY_CODES) != null) {
                redirect.sendRedirect(request, response, RECOVERY_CODES_PATH);
            } else if (StaffAuthorities.isPending(authentication, StaffAuthorities.PendingStep.PASSWORD_CHANGE)) {
                redirect.sendRedirect(request, response, StaffAuthorities.PendingStep.PASSWORD_CHANGE.path);
            } else {
                toSavedRequest.onAuthenticationSuccess(request, response, authentication);
            }
        });
        setAuthenticationFailureHandler((request, response, exception) -> {
            HttpSession session = request.getSession(false);
            if (exception instanceof LockedException && session != null) {
                session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                session.removeAttribute(PENDING_SECRET);
                session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, exception);
                redirect.sendRedirect(request, response, SecurityConfig.LOGIN_PATH + "?error");
            } else if (exception instanceof InsufficientAuthenticationException) {
                redirect.sendRedirect(request, response, SecurityConfig.LOGIN_PATH);
            } else {
                redirect.sendRedirect(request, response, PATH + "?error");
            }
        });
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = securityContext.getContext().getAuthentication();
        if (!StaffAuthorities.isPending(current, StaffAuthorities.PendingStep.SECOND_FACTOR)) {
            throw new InsufficientAuthenticationException("No password step to complete");
        }
        HttpSession session = request.getSession(false);
        String pendingSecret = session == null ? null : (String) session.getAttribute(PENDING_SECRET);
        SecondFactorCode code = new SecondFactorCode(current.getName(), request.getParameter("code"), pendingSecret);
        code.setDetails(authenticationDetailsSource.buildDetails(request));
        Authentication result = getAuthenticationManager().authenticate(code);
        if (session != null) {
            session.removeAttribute(PENDING_SECRET);
            List<String> codes = code.newRecoveryCodes();
            if (!codes.isEmpty()) {
                session.setAttribute(NEW_RECOVERY_CODES, codes);
            }
        }
        return result;
    }
}
