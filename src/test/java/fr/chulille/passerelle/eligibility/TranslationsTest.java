package fr.chulille.passerelle.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** translations/eligibility_{en,fr}.properties, read relative to the project root (the working directory). */
class TranslationsTest {

    static final Path DIRECTORY = Path.of(System.getProperty("passerelle.translations", "translations"));

    static Properties load(String language) {
        Path file = DIRECTORY.resolve("eligibility_" + language + ".properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("fr").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyKeyTheEngineCanNameExists(String language) {
        assertThat(load(language).stringPropertyNames()).containsAll(MessageCorpus.allKeys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void noKeyIsUnused(String language) {
        assertThat(new TreeSet<>(load(language).stringPropertyNames())).isEqualTo(new TreeSet<>(MessageCorpus.allKeys()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void noValueIsEmpty(String language) {
        Properties properties = load(language);

        assertThat(properties.stringPropertyNames())
                .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void noKeyIsDefinedTwice(String language) throws IOException {
        List<String> keys = Files.readAllLines(DIRECTORY.resolve("eligibility_" + language + ".properties")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.substring(0, line.indexOf('=')))
                .toList();

        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void everyKeyProducedByTheEngineExists() {
        Set<String> produced = new TreeSet<>();
        MessageCorpus.messages().forEach(message -> produced.add(message.key()));

        assertThat(load("en").stringPropertyNames()).containsAll(produced);
        assertThat(load("fr").stringPropertyNames()).containsAll(produced);
        // The corpus reaches every fixed key, so formatting tests cover them all.
        assertThat(produced).containsAll(Arrays.stream(MessageKey.values()).map(MessageKey::key).toList());
    }

    @Test
    void adviceNeverSaysABareEligible() {
        Properties en = load("en");
        Properties fr = load("fr");

        assertThat(en.getProperty("eligibility.advice.possibly-eligible")).isEqualTo("Possibly eligible — the trial team decides.");
        assertThat(en.getProperty("eligibility.advice.possibly-eligible-to-confirm")).startsWith("Possibly eligible — the trial team decides.");
        assertThat(en.getProperty("eligibility.advice.probably-not-eligible")).startsWith("Probably not eligible");
        assertThat(en.getProperty("eligibility.advice.still-refer")).isEqualTo("You can still send the referral or call the team.");
        assertThat(fr.getProperty("eligibility.advice.possibly-eligible")).isEqualTo("Éligibilité possible — décision de l'équipe de l'essai.");
        assertThat(fr.getProperty("eligibility.advice.probably-not-eligible")).startsWith("Probablement non éligible");
        for (Properties properties : List.of(en, fr)) {
            assertThat(properties.stringPropertyNames()).allSatisfy(key -> assertThat(properties.getProperty(key).strip())
                    .as(key).isNotIn("Eligible", "Eligible.", "Éligible", "Éligible."));
        }
    }
}
