package fr.chulille.passerelle.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The health endpoints, ahead of the Vaadin chain: anyone (a load balancer, an orchestrator) may read
 * the status, without a session. The endpoints themselves show no details (application.properties)
 * and no other actuator endpoint is exposed.
 */
@Configuration
class HealthSecurityConfig {

    static final String HEALTH_PATHS = "/actuator/health/**";

    @Bean
    @Order(2)
    SecurityFilterChain healthSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(HEALTH_PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
