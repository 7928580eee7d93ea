package fr.chulille.passerelle.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

import java.util.List;

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

    /**
     * HAPI scans a resource type's model on its first use: seconds of CPU on a busy 2-core host. Done once
     * in the background when the application is ready, so that the first FHIR request does not pay it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp(ApplicationReadyEvent event) {
        FhirContext context = event.getApplicationContext().getBean(FhirContext.class);
        Thread.ofPlatform().name("fhir-warm-up").daemon().start(() -> {
            Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
            bundle.addEntry().setResource(new Patient());
            bundle.addEntry().setResource(new Observation());
            bundle.addEntry().setResource(new QuestionnaireResponse());
            IParser parser = context.newJsonParser();
            parser.parseResource(parser.encodeResourceToString(bundle));
            for (Class<? extends Resource> type : List.of(GuidanceResponse.class, Parameters.class, OperationOutcome.class,
                    ResearchStudy.class, Group.class, Location.class, Organization.class, Questionnaire.class, CodeSystem.class)) {
                context.getResourceDefinition(type);
            }
        });
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
