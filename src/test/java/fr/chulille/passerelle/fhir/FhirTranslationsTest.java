package fr.chulille.passerelle.fhir;

import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the FHIR endpoints can answer exists in French and English (no "!key!" reaches a client). */
class FhirTranslationsTest {

    private static final Pattern KEY = Pattern.compile("\"(fhir\\.(?:error|note|questionnaire|codesystem)\\.[a-z0-9.-]+)\"");

    @Test
    void everyFhirKeyInTheCodeIsTranslatedInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/chulille/passerelle/fhir"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        for (String id : PasserelleArtefacts.CODE_SYSTEM_IDS) {
            keys.add("fhir.codesystem." + id + ".title");
        }
        Messages messages = Messages.fromClasspath();

        assertThat(keys).hasSizeGreaterThan(30);
        assertThat(keys).allSatisfy(key -> assertThat(messages.has(key)).as(key).isTrue());
    }

    @Test
    void everyQuestionnaireItemHasItsQuestionInBothLanguagesAndEveryFactIsReachable() {
        Messages messages = Messages.fromClasspath();
        for (Locale locale : Messages.LOCALES) {
            PasserelleArtefacts artefacts = new PasserelleArtefacts(messages, locale);
            assertThat(artefacts.questionnaire().getItem()).allSatisfy(item -> assertThat(item.getText()).doesNotStartWith("!"));
            for (String id : PasserelleArtefacts.CODE_SYSTEM_IDS) {
                assertThat(artefacts.codeSystem(id).orElseThrow().getConcept())
                        .allSatisfy(concept -> assertThat(concept.getDisplay()).doesNotStartWith("!"));
            }
        }
        for (Fact fact : Fact.values()) {
            boolean reachable = QuestionnaireItems.FROM_PATIENT.contains(fact) || QuestionnaireItems.byLinkId(fact.fieldName()).isPresent()
                    || !FhirCodes.observationsOf(fact).isEmpty();
            assertThat(reachable).as(fact + " can be sent as FHIR").isTrue();
        }
    }
}
