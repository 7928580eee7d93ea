package fr.chulille.passerelle.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * HAPI FHIR's model and parser (no HAPI server or Spring module): one R4 context for the whole
 * application (thread-safe, costly to build); and the public read-only FHIR endpoints under /fhir,
 * anonymous and stateless like the pre-check API (whose POST also takes FHIR, see {@link FhirPreCheckApi}).
 */
@Configuration
class FhirConfig {

    @Bean
    FhirContext fhirContext() {
        FhirContext context = FhirContext.forR4();
        // a Bundle entry keeps its own id: the Patient's "Patient/x" is what its Observations refer to
        context.getParserOptions().setOverrideResourceIdWithBundleEntryFullUrl(false);
        return context;
    }

    @Bean
    @Order(3)
    SecurityFilterChain fhirSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/fhir/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/fhir/**").permitAll()
                        .anyRequest().denyAll())
                // read-only: any other method is answered 405, not sent to the staff login page
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.METHOD_NOT_ALLOWED)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
