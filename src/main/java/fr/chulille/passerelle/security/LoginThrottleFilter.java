package fr.chulille.passerelle.security;

import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.springframework.http.HttpMethod.POST;

/**
 * Answers 429 to a login POST from an address over its limit, before any password is checked.
 * Not a bean: it belongs to the security filter chain only (a bean would also be registered for every request).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final RequestMatcher loginPost;
    private final AddressThrottle throttle;
    private final Messages messages;

    LoginThrottleFilter(String loginPath, AddressThrottle throttle, Messages messages) {
        this(List.of(loginPath), throttle, messages);
    }

    /** Every POST to these paths (the password, the second factor) counts in one limit per address. */
    LoginThrottleFilter(List<String> loginPaths, AddressThrottle throttle, Messages messages) {
        this.loginPost = new OrRequestMatcher(loginPaths.stream()
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(POST, path)).toList());
        this.throttle = throttle;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!loginPost.matches(request) || throttle.tryAttempt(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Throttled a staff login attempt from {}: too many in {}", request.getRemoteAddr(), throttle.window());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(throttle.window().toSeconds()));
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(messages.format("security.throttled", language(request))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Locale language(HttpServletRequest request) {
        String cookie = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> LanguagePreference.COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
        return LanguagePreference.resolve(null, cookie, request.getLocale());
    }
}
