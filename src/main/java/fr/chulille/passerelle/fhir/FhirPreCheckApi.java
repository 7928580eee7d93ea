package fr.chulille.passerelle.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import fr.chulille.passerelle.eligibility.FieldProblem;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import fr.chulille.passerelle.referral.PreCheck;
import fr.chulille.passerelle.referral.ReferralService;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * POST /api/precheck with {@code Content-Type: application/fhir+json}: a FHIR R4 Bundle (Patient,
 * Observations, QuestionnaireResponse) → the same ClinicalFacts as the JSON API, the same engine, and a
 * GuidanceResponse (see {@link PreCheckAnswer}); refusals as an OperationOutcome with a 4xx status, in
 * the language of {@code ?lang} or Accept-Language. Stores nothing. Other content types stay with the
 * JSON API, which this mapping leaves unchanged.
 */
@RestController
class FhirPreCheckApi {

    static final String PATH = "/api/precheck";
    /** Far above a real pre-check Bundle (a 50-entry one is ~25 KiB); 1 MB and more are refused before parsing. */
    static final int MAX_BODY_BYTES = 512 * 1024;
    static final int MAX_ENTRIES = 1000;
    /** A pre-check Bundle nests about 10 levels deep; more is no Bundle of ours. */
    static final int MAX_DEPTH = 32;

    private final ReferralService referrals;
    private final Messages messages;
    private final FhirContext fhir;

    FhirPreCheckApi(ReferralService referrals, TranslationProvider translations, FhirContext fhir) {
        this.referrals = referrals;
        this.messages = translations.messages();
        this.fhir = fhir;
    }

    @PostMapping(path = PATH, consumes = FhirCodes.FHIR_JSON)
    ResponseEntity<String> preCheck(HttpServletRequest request) throws IOException {
        Locale locale = FhirResponses.language(request);
        MediaType answerType = FhirResponses.answerType(request).orElse(null);
        try {
            if (answerType == null) {
                answerType = FhirResponses.FHIR_JSON;
                throw new FhirProblem(406, Issue.error(IssueType.NOTSUPPORTED, "fhir.error.not-acceptable", null));
            }
            Bundle bundle = parse(request);
            BundleReader.Read read = BundleReader.read(bundle, LocalDate.now(ZoneId.of(Messages.TRIAL_TIME_ZONE)), MAX_ENTRIES);
            PreCheck preCheck = referrals.preCheck(read.facts());
            if (!preCheck.validation().isValid()) {
                throw new FhirProblem(422, impossible(preCheck.validation().problems(), read, locale));
            }
            return FhirResponses.ok(fhir, new PreCheckAnswer(messages, locale).of(preCheck, read.notes()), answerType);
        } catch (FhirProblem problem) {
            return FhirResponses.problem(fhir, problem, messages, locale, answerType);
        }
    }

    private Bundle parse(HttpServletRequest request) throws IOException, FhirProblem {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (body.length == 0) {
            throw new FhirProblem(400, Issue.error(IssueType.REQUIRED, "fhir.error.empty", null));
        }
        JsonShape.check(body, MAX_DEPTH, MAX_ENTRIES + 1);
        IParser parser = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        IBaseResource resource;
        try {
            resource = parser.parseResource(new String(body, StandardCharsets.UTF_8));
        } catch (DataFormatException | IllegalArgumentException | ClassCastException e) {
            throw new FhirProblem(400, Issue.error(IssueType.STRUCTURE, "fhir.error.malformed", null).withDiagnostics(e.getMessage()));
        }
        if (!(resource instanceof Bundle bundle)) {
            throw new FhirProblem(400, Issue.error(IssueType.NOTSUPPORTED, "fhir.error.not-a-bundle", null,
                    "type", resource == null ? "?" : resource.fhirType()));
        }
        return bundle;
    }

    private List<Issue> impossible(List<FieldProblem> problems, BundleReader.Read read, Locale locale) {
        return problems.stream()
                .map(problem -> Issue.error(IssueType.VALUE, "fhir.error.impossible-value",
                        read.origins().get(problem.field()),
                        "fact", problem.field().fieldName(),
                        "problem", messages.format(problem.message().key(), locale, problem.message().args())))
                .toList();
    }

    private static FhirProblem tooLarge() {
        return new FhirProblem(413, Issue.error(IssueType.TOOCOSTLY, "fhir.error.too-large", null, "max", MAX_BODY_BYTES / 1024));
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
