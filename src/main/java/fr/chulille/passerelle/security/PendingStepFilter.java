package fr.chulille.passerelle.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * A session that owes a login step (the second factor, a forced password change) and asks for a
 * staff page is sent to that step, the page it asked for kept for afterwards. The staff pages also
 * need the role ({@code SecurityConfig}); this only turns the refusal into the way forward.
 * Not a bean: it belongs to the security filter chain only.
 */
final class PendingStepFilter extends OncePerRequestFilter {

    private final RequestMatcher staffPages;
    private final SecurityContextHolderStrategy securityContext;
    private final RequestUtil vaadinRequests;
    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    PendingStepFilter(RequestMatcher staffPages, SecurityContextHolderStrategy securityContext, RequestUtil vaadinRequests) {
        this.staffPages = staffPages;
        this.securityContext = securityContext;
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<StaffAuthorities.PendingStep> step = StaffAuthorities.pendingStep(securityContext.getContext().getAuthentication());
        if (step.isPresent() && staffPages.matches(request) && !vaadinRequests.isFrameworkInternalRequest(request)) {
            if ("GET".equals(request.getMethod())) {
                requestCache.saveRequest(request, response);
            }
            redirect.sendRedirect(request, response, step.get().path);
            return;
        }
        chain.doFilter(request, response);
    }
}
