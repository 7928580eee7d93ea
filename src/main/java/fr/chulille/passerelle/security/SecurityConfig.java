package fr.chulille.passerelle.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.chulille.passerelle.i18n.TranslationProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;
import java.util.List;

import static org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    static final String LOGIN_PATH = "/login";
    /** Every page of the inbox (referrals, mails, staff accounts): for a staff role only. */
    private static final RequestMatcher STAFF_PAGES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/inbox"),
            PathPatternRequestMatcher.withDefaults().matcher("/inbox/**"));

    /** Flow's client needs inline styles and eval'd scripts; everything else comes from the portal itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "frame-ancestors 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AddressThrottle addressThrottle,
                                            TranslationProvider translations, RequestUtil vaadinRequests,
                                            SecondFactorService secondFactor, StaffUserDetailsService users,
                                            AccountLockout lockout, ApplicationEventPublisher events,
                                            SecurityContextHolderStrategy securityContext, SessionRegistry sessionRegistry,
                                            StaffSessions staffSessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/robots.txt").permitAll());
        // staff pages need the role, which a session gets only after every login step (StaffAuthorities)
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(STAFF_PAGES).hasAnyRole(StaffRole.INVESTIGATOR_ROLE, StaffRole.COORDINATOR_ROLE));
        // before CSRF and authentication: every login POST counts, even one without a valid token
        http.addFilterBefore(new LoginThrottleFilter(List.of(LOGIN_PATH, SecondFactorFilter.PATH), addressThrottle,
                translations.messages()), CsrfFilter.class);
        http.addFilterBefore(new PendingStepFilter(STAFF_PAGES, securityContext, vaadinRequests), AuthorizationFilter.class);
        http.addFilterBefore(secondFactorFilter(secondFactor, users, lockout, events, securityContext), AnonymousAuthenticationFilter.class);
        http.headers(headers -> {
            // Vaadin's pages are forwarded to its servlet, which commits them past Spring Security's
            // lazy header writing: write the headers before the request goes on
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                    // eager "no-store" everywhere would also stick to Vaadin's cacheable static bundles
                    .cacheControl(cache -> cache.disable())
                    // Vaadin serves downloads (the inbox's CSV export) under /VAADIN/dynamic/
                    .addHeaderWriter(neverCached("/inbox", "/inbox/**", LOGIN_PATH, LOGIN_PATH + "/**", "/account/**", "/VAADIN/dynamic/**"));
        });
        // Vaadin would exempt the login POST from CSRF; the LoginForm sends the page's token, so keep it
        // (no login CSRF), and exempt only Vaadin's own requests, which carry Vaadin's CSRF token
        // every logged-in session is registered, so that deactivating an account ends its sessions (StaffSessions)
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(staffSessions));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .defaultSuccessUrl("/inbox")
                .enableCsrfConfiguration(false));
        return http.build();
    }

    /** The second login step, with its own provider: wrong codes publish the same failure events as wrong passwords. */
    private static SecondFactorFilter secondFactorFilter(SecondFactorService secondFactor, StaffUserDetailsService users,
                                                         AccountLockout lockout, ApplicationEventPublisher events,
                                                         SecurityContextHolderStrategy securityContext) {
        ProviderManager manager = new ProviderManager(new SecondFactorAuthenticationProvider(secondFactor, users, lockout));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return new SecondFactorFilter(manager, securityContext);
    }

    /** Referral data must not stay in a browser's or a proxy's cache. */
    private static HeaderWriter neverCached(String... paths) {
        RequestMatcher[] matchers = Arrays.stream(paths)
                .map(path -> PathPatternRequestMatcher.withDefaults().matcher(path))
                .toArray(RequestMatcher[]::new);
        return new DelegatingRequestMatcherHeaderWriter(new OrRequestMatcher(matchers), new CacheControlHeadersWriter());
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends or changes its id (Spring Boot registers the listener). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
