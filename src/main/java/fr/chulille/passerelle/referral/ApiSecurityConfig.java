package fr.chulille.passerelle.referral;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The stateless JSON API, ahead of the Vaadin chain: anonymous /api/precheck, no session, and no CSRF
 * token (no cookie is read, so there is nothing to forge); anything else under /api is refused. Every
 * method reaches /api/precheck, so that a wrong one gets the API's JSON 405 ({@link ApiErrors}) rather
 * than a redirect to the HTML login page.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PreCheckApi.PATH).permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
