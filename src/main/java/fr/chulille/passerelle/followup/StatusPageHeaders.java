package fr.chulille.passerelle.followup;

import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The status page's own headers, after Spring Security's (which they replace where both set one): never
 * indexed ({@code X-Robots-Tag}), never stored ({@code Cache-Control: no-store}), never sent as a Referer
 * ({@code Referrer-Policy: no-referrer}, the token being in the address). A client over its limit of unknown
 * tokens gets 429 with a translated text before Vaadin looks anything up.
 */
class StatusPageHeaders extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StatusPageHeaders.class);

    private final StatusLinkThrottle throttle;
    private final Messages messages;

    StatusPageHeaders(StatusLinkThrottle throttle, Messages messages) {
        this.throttle = throttle;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (throttle.isBlocked(request.getRemoteAddr())) {
            log.warn("Status page refused to {}: too many unknown links in {}", request.getRemoteAddr(), throttle.window());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(throttle.window().toSeconds()));
            response.setContentType("text/plain;charset=UTF-8");
            Locale locale = language(request);
            response.getOutputStream().write((messages.format("followup.throttled.heading", locale) + "\n\n"
                    + messages.format("followup.throttled.text", locale) + " "
                    + fr.chulille.passerelle.trial.Trial.NCT06649227.centralContactPhone() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    private static Locale language(HttpServletRequest request) {
        String cookie = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> LanguagePreference.COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
        return LanguagePreference.resolve(request.getParameter(LanguagePreference.URL_PARAMETER), cookie, request.getLocale());
    }

    @Configuration
    static class Registration {

        @Bean
        FilterRegistrationBean<StatusPageHeaders> statusPageHeaders(StatusLinkThrottle throttle, TranslationProvider translations) {
            FilterRegistrationBean<StatusPageHeaders> registration =
                    new FilterRegistrationBean<>(new StatusPageHeaders(throttle, translations.messages()));
            registration.addUrlPatterns("/status", "/status/*");
            return registration;
        }
    }
}
