package fr.chulille.passerelle.fhir;

import ca.uhn.fhir.context.FhirContext;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writing FHIR answers: the resource as FHIR JSON, errors as an OperationOutcome in the requested language. */
final class FhirResponses {

    static final MediaType FHIR_JSON = MediaType.parseMediaType(FhirCodes.FHIR_JSON);
    private static final int MAX_DIAGNOSTICS = 300;

    private FhirResponses() {
    }

    static ResponseEntity<String> ok(FhirContext fhir, IBaseResource resource, MediaType type) {
        return write(fhir, 200, resource, type);
    }

    static ResponseEntity<String> write(FhirContext fhir, int status, IBaseResource resource, MediaType type) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_TYPE, type.toString() + ";charset=UTF-8")
                .body(fhir.newJsonParser().encodeResourceToString(resource));
    }

    static ResponseEntity<String> problem(FhirContext fhir, FhirProblem problem, Messages messages, Locale locale, MediaType type) {
        return write(fhir, problem.status(), outcome(problem.issues(), messages, locale), type);
    }

    static OperationOutcome outcome(List<Issue> issues, Messages messages, Locale locale) {
        OperationOutcome outcome = new OperationOutcome();
        for (Issue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(issue.severity())
                    .setCode(issue.type())
                    .setDetails(new CodeableConcept().setText(messages.format(issue.key(), locale, issue.args())));
            if (issue.expression() != null) {
                component.addExpression(issue.expression());
            }
            if (issue.diagnostics() != null) {
                String diagnostics = issue.diagnostics();
                component.setDiagnostics(diagnostics.length() > MAX_DIAGNOSTICS ? diagnostics.substring(0, MAX_DIAGNOSTICS) + "…" : diagnostics);
            }
        }
        return outcome;
    }

    /** ?lang=en|fr wins, then Accept-Language, then French (the portal's default), as for the JSON API. */
    static Locale language(HttpServletRequest request) {
        return LanguagePreference.parse(request.getParameter(LanguagePreference.URL_PARAMETER))
                .orElseGet(() -> request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                        ? Messages.FRENCH : Messages.supported(request.getLocale()));
    }

    /**
     * The media type of a FHIR answer: application/fhir+json unless the client accepts only
     * application/json (FHIR JSON either way); empty when it accepts neither.
     */
    static Optional<MediaType> answerType(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return Optional.of(FHIR_JSON);
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return Optional.of(FHIR_JSON);
        }
        accepted = accepted.stream().sorted(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        for (MediaType type : accepted) {
            if (type.getQualityValue() <= 0) {
                continue;
            }
            if (type.includes(FHIR_JSON)) {
                return Optional.of(FHIR_JSON);
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return Optional.of(MediaType.APPLICATION_JSON);
            }
        }
        return Optional.empty();
    }
}
