package fr.chulille.passerelle.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The login session as seen from a Vaadin view: its attributes, and the authentication it holds. */
final class StaffSession {

    private StaffSession() {
    }

    static Object attribute(String name) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null : session.getSession().getAttribute(name);
    }

    static void setAttribute(String name, Object value) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(name, value);
        }
    }

    static void removeAttribute(String name) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().removeAttribute(name);
        }
    }

    /** From now on the session holds this authentication (e.g. the role after a forced password change). */
    static void replaceAuthentication(Authentication authentication) {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            new HttpSessionSecurityContextRepository().saveContext(context, request.getHttpServletRequest(),
                    response.getHttpServletResponse());
        }
    }
}
