package fr.chulille.passerelle.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Ends a staff member's open sessions when their account is deactivated or its password or second
 * factor is reset: without it, a deactivated account kept its inbox until the session timed out.
 * Spring Security's session registry knows each logged-in session; an expired one is refused at its
 * next request ({@code ConcurrentSessionFilter}) with a redirect to the login page, or, for Vaadin's
 * own requests, with the answer Vaadin's client reads as "session expired" (it then reloads the page,
 * which leads to the login page).
 */
@Component
class StaffSessions implements SessionInformationExpiredStrategy {

    private static final Set<StaffAccountChanged.Change> ENDING_SESSIONS = EnumSet.of(
            StaffAccountChanged.Change.DEACTIVATED, StaffAccountChanged.Change.PASSWORD_RESET,
            StaffAccountChanged.Change.SECOND_FACTOR_RESET);
    /** What Vaadin's server itself answers to a request of an expired session. */
    private static final String VAADIN_SESSION_EXPIRED = "for(;;);[{\"meta\":{\"sessionExpired\":true}}]";

    private final SessionRegistry registry;
    private final RequestUtil vaadinRequests;

    StaffSessions(SessionRegistry registry, RequestUtil vaadinRequests) {
        this.registry = registry;
        this.vaadinRequests = vaadinRequests;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StaffAccountChanged change) {
        if (ENDING_SESSIONS.contains(change.change())) {
            endSessionsOf(change.username());
        }
    }

    /** Every open session of {@code username} is refused from its next request on; returns how many. */
    int endSessionsOf(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event)
            throws IOException {
        HttpServletResponse response = event.getResponse();
        if (vaadinRequests.isFrameworkInternalRequest(event.getRequest())) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VAADIN_SESSION_EXPIRED);
        } else {
            response.sendRedirect(event.getRequest().getContextPath() + SecurityConfig.LOGIN_PATH);
        }
    }
}
