package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * POST /api/precheck: the clinical facts as JSON (the names of {@link ClinicalFacts}, values with their
 * units, no identity) → the criterion results and the advice, in the language of {@code ?lang} or
 * Accept-Language. Stores nothing.
 */
@RestController
class PreCheckApi {

    static final String PATH = "/api/precheck";
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final ReferralService referrals;
    private final Messages messages;
    private final ObjectReader factsReader;

    PreCheckApi(ReferralService referrals, TranslationProvider translations, JsonMapper json) {
        this.referrals = referrals;
        this.messages = translations.messages();
        // strict: a misspelt or identifying field, or 2.5 for a whole number, is an error rather than silently dropped
        this.factsReader = json.readerFor(ClinicalFacts.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> preCheck(HttpServletRequest request, @RequestParam(name = "lang", required = false) String lang)
            throws IOException {
        Locale locale = language(request, lang);
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return badRequest(locale, "too-large", null, null);
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return badRequest(locale, "too-large", null, null);
        }
        if (body.length == 0) {
            return badRequest(locale, "empty", null, null);
        }
        ClinicalFacts facts;
        try {
            facts = factsReader.readValue(body);
        } catch (JacksonException e) {
            return unreadable(locale, e);
        }
        if (facts == null) {
            // the JSON literal null: no facts at all, like an empty body
            return badRequest(locale, "empty", null, null);
        }
        PreCheck preCheck = referrals.preCheck(facts);
        PreCheckResponses responses = new PreCheckResponses(messages, locale);
        if (!preCheck.validation().isValid()) {
            List<ApiError.Problem> problems = preCheck.validation().problems().stream()
                    .map(problem -> new ApiError.Problem(problem.field().fieldName(), responses.text(problem.message())))
                    .toList();
            return badRequest(locale, "impossible-values", null, problems);
        }
        return ResponseEntity.ok(responses.of(preCheck));
    }

    private ResponseEntity<ApiError> unreadable(Locale locale, JacksonException e) {
        String field = e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (e instanceof UnrecognizedPropertyException) {
            return badRequest(locale, "unknown-field", field, null);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new ApiError("invalid-value",
                    messages.format("referral.api.error.invalid-choice", locale, Map.of("field", field, "allowed", allowed)),
                    field, null));
        }
        if (e instanceof DatabindException && !field.isEmpty()) {
            return badRequest(locale, "invalid-value", field, null);
        }
        return badRequest(locale, "malformed-json", null, null);
    }

    private ResponseEntity<ApiError> badRequest(Locale locale, String code, String field, List<ApiError.Problem> problems) {
        String message = messages.format("referral.api.error." + code, locale,
                Map.of("field", field == null ? "" : field, "max", MAX_BODY_BYTES / 1024));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(code, message, field, problems));
    }

    /** ?lang=en|fr wins, then Accept-Language, then French (the portal's default). */
    static Locale language(HttpServletRequest request, String lang) {
        return LanguagePreference.parse(lang).orElseGet(() -> request.getHeader("Accept-Language") == null
                ? Messages.FRENCH : Messages.supported(request.getLocale()));
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
