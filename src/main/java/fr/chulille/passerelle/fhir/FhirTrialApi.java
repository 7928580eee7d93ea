package fr.chulille.passerelle.fhir;

import ca.uhn.fhir.context.FhirContext;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The read-only FHIR endpoints: the trial ({@code GET /fhir/ResearchStudy/NCT06649227}, the search
 * {@code GET /fhir/ResearchStudy?identifier=…&_include=…} as the ECLAIRE API offers it, and the Group,
 * Organization and Location it refers to), the referral Questionnaire and Passerelle's code systems.
 */
@RestController
class FhirTrialApi {

    static final String INCLUDE_ENROLLMENT = "ResearchStudy:enrollment";
    static final String INCLUDE_SPONSOR = "ResearchStudy:sponsor";
    static final String INCLUDE_SITE = "ResearchStudy:site";
    private static final List<String> INCLUDES = List.of(INCLUDE_ENROLLMENT, INCLUDE_SPONSOR, INCLUDE_SITE, "ResearchStudy:*", "*");
    private static final Set<String> SEARCH_PARAMETERS = Set.of("identifier", "_id", "status", "_include", "lang", "_format", "_count");

    private final Messages messages;
    private final FhirContext fhir;

    FhirTrialApi(TranslationProvider translations, FhirContext fhir) {
        this.messages = translations.messages();
        this.fhir = fhir;
    }

    @GetMapping("/fhir/ResearchStudy/{id}")
    ResponseEntity<String> researchStudy(@PathVariable String id, HttpServletRequest request) {
        return read(request, "ResearchStudy", id, TrialResources.STUDY_ID, TrialResources::researchStudy);
    }

    @GetMapping("/fhir/Group/{id}")
    ResponseEntity<String> group(@PathVariable String id, HttpServletRequest request) {
        return read(request, "Group", id, TrialResources.GROUP_ID, TrialResources::enrolmentGroup);
    }

    @GetMapping("/fhir/Organization/{id}")
    ResponseEntity<String> organization(@PathVariable String id, HttpServletRequest request) {
        return read(request, "Organization", id, TrialResources.SPONSOR_ID, TrialResources::leadSponsor);
    }

    @GetMapping("/fhir/Location/{id}")
    ResponseEntity<String> location(@PathVariable String id, HttpServletRequest request) {
        return read(request, "Location", id, TrialResources.SITE_ID, TrialResources::site);
    }

    @GetMapping("/fhir/Questionnaire/{id}")
    ResponseEntity<String> questionnaire(@PathVariable String id, HttpServletRequest request) {
        Locale locale = FhirResponses.language(request);
        return read(request, "Questionnaire", id, PasserelleArtefacts.QUESTIONNAIRE_ID,
                () -> new PasserelleArtefacts(messages, locale).questionnaire());
    }

    @GetMapping("/fhir/CodeSystem/{id}")
    ResponseEntity<String> codeSystem(@PathVariable String id, HttpServletRequest request) {
        Locale locale = FhirResponses.language(request);
        Optional<? extends IBaseResource> system = new PasserelleArtefacts(messages, locale).codeSystem(id);
        return read(request, "CodeSystem", id, system.isPresent() ? id : null, () -> system.orElseThrow());
    }

    @GetMapping("/fhir/ResearchStudy")
    ResponseEntity<String> search(HttpServletRequest request) {
        Locale locale = FhirResponses.language(request);
        MediaType type = FhirResponses.answerType(request).orElse(null);
        try {
            if (type == null) {
                type = FhirResponses.FHIR_JSON;
                throw new FhirProblem(406, Issue.error(IssueType.NOTSUPPORTED, "fhir.error.not-acceptable", null));
            }
            Map<String, String[]> parameters = request.getParameterMap();
            List<String> unknown = parameters.keySet().stream().filter(name -> !SEARCH_PARAMETERS.contains(name)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new FhirProblem(400, Issue.error(IssueType.NOTSUPPORTED, "fhir.error.search-parameter", null,
                        "names", String.join(", ", unknown), "allowed", "identifier, _id, status, _include"));
            }
            Set<String> includes = includes(parameters.getOrDefault("_include", new String[0]));
            ResearchStudy study = TrialResources.researchStudy();
            boolean matches = all(parameters.get("identifier"), value -> identifierMatches(study, value))
                    && all(parameters.get("_id"), value -> value.equals(study.getIdElement().getIdPart()))
                    && all(parameters.get("status"), value -> tokenMatches(value, study.getStatus().getSystem(), study.getStatus().toCode()));
            String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir/").toUriString();
            Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(matches ? 1 : 0);
            bundle.addLink().setRelation("self").setUrl(ServletUriComponentsBuilder.fromCurrentRequest().toUriString());
            if (matches) {
                entry(bundle, base, study, Bundle.SearchEntryMode.MATCH);
                if (includes.contains(INCLUDE_ENROLLMENT)) {
                    entry(bundle, base, TrialResources.enrolmentGroup(), Bundle.SearchEntryMode.INCLUDE);
                }
                if (includes.contains(INCLUDE_SPONSOR)) {
                    entry(bundle, base, TrialResources.leadSponsor(), Bundle.SearchEntryMode.INCLUDE);
                }
                if (includes.contains(INCLUDE_SITE)) {
                    entry(bundle, base, TrialResources.site(), Bundle.SearchEntryMode.INCLUDE);
                }
            }
            return FhirResponses.ok(fhir, bundle, type);
        } catch (FhirProblem problem) {
            return FhirResponses.problem(fhir, problem, messages, locale, type);
        }
    }

    private static Set<String> includes(String[] values) throws FhirProblem {
        Set<String> includes = new LinkedHashSet<>();
        for (String value : values) {
            for (String include : value.split(",")) {
                String trimmed = include.trim();
                if (!INCLUDES.contains(trimmed)) {
                    throw new FhirProblem(400, Issue.error(IssueType.NOTSUPPORTED, "fhir.error.include", null,
                            "value", trimmed, "allowed", String.join(", ", INCLUDES)));
                }
                if (trimmed.endsWith("*")) {
                    includes.addAll(List.of(INCLUDE_ENROLLMENT, INCLUDE_SPONSOR, INCLUDE_SITE));
                } else {
                    includes.add(trimmed);
                }
            }
        }
        return includes;
    }

    /** Every occurrence of the parameter must match (AND); within one, comma-separated values are OR. */
    private static boolean all(String[] occurrences, java.util.function.Predicate<String> matches) {
        if (occurrences == null) {
            return true;
        }
        return Arrays.stream(occurrences).allMatch(occurrence ->
                Arrays.stream(occurrence.split(",")).map(String::trim).anyMatch(matches));
    }

    /** Token search: {@code value}, {@code |value} (no system) or {@code system|value}. */
    private static boolean identifierMatches(ResearchStudy study, String token) {
        for (Identifier identifier : study.getIdentifier()) {
            if (tokenMatches(token, identifier.getSystem(), identifier.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean tokenMatches(String token, String system, String value) {
        int bar = token.indexOf('|');
        if (bar < 0) {
            return token.equals(value);
        }
        String wantedSystem = token.substring(0, bar);
        String wantedValue = token.substring(bar + 1);
        boolean systemOk = wantedSystem.isEmpty() ? (system == null || system.isEmpty()) : wantedSystem.equals(system);
        return systemOk && (wantedValue.isEmpty() || wantedValue.equals(value));
    }

    private static void entry(Bundle bundle, String base, Resource resource, Bundle.SearchEntryMode mode) {
        bundle.addEntry().setFullUrl(base + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                .setResource(resource).getSearch().setMode(mode);
    }

    private ResponseEntity<String> read(HttpServletRequest request, String type, String id, String knownId,
                                        Supplier<? extends IBaseResource> resource) {
        Locale locale = FhirResponses.language(request);
        MediaType answerType = FhirResponses.answerType(request).orElse(null);
        if (answerType == null) {
            return FhirResponses.problem(fhir, new FhirProblem(406, Issue.error(IssueType.NOTSUPPORTED, "fhir.error.not-acceptable", null)),
                    messages, locale, FhirResponses.FHIR_JSON);
        }
        if (knownId == null || !knownId.equals(id)) {
            return FhirResponses.problem(fhir, new FhirProblem(404, Issue.error(IssueType.NOTFOUND, "fhir.error.not-found", null,
                    "type", type, "id", id.length() > 64 ? id.substring(0, 64) + "…" : id)), messages, locale, answerType);
        }
        return FhirResponses.ok(fhir, resource.get(), answerType);
    }

}
