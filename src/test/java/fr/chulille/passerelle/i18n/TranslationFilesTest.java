package fr.chulille.passerelle.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Each FR file of {@code translations/} has an EN twin with the same keys, and no message is empty. */
class TranslationFilesTest {

    /** All the bundles of one language together, as the application loads them. */
    static Properties load(String language) throws IOException {
        Properties all = new Properties();
        for (String bundle : Messages.BUNDLES) {
            all.putAll(load(bundle, language));
        }
        return all;
    }

    static Properties load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        Path file = Path.of("translations", bundle + "_" + language + ".properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    @Test
    void everyFileIsABundleThatTheApplicationLoads() throws IOException {
        try (var files = Files.list(Path.of("translations"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .allMatch(name -> Messages.BUNDLES.stream().anyMatch(b -> name.equals(b + "_fr.properties") || name.equals(b + "_en.properties")));
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            Set<String> seen = new TreeSet<>();
            for (String bundle : Messages.BUNDLES) {
                for (String key : load(bundle, language).stringPropertyNames()) {
                    assertThat(seen.add(key)).as(key + " defined twice in " + language).isTrue();
                }
            }
        }
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Set<String> french = new TreeSet<>(load(bundle, "fr").stringPropertyNames());
            Set<String> english = new TreeSet<>(load(bundle, "en").stringPropertyNames());

            assertThat(difference(french, english)).as("keys only in " + bundle + "_fr.properties").isEmpty();
            assertThat(difference(english, french)).as("keys only in " + bundle + "_en.properties").isEmpty();
        }
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            Properties messages = load(language);
            assertThat(messages.stringPropertyNames())
                    .as("empty messages in " + language)
                    .filteredOn(key -> messages.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    @Test
    void everyMessageIsAValidIcuPattern() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            Properties messages = load(language);
            for (String key : messages.stringPropertyNames()) {
                new com.ibm.icu.text.MessageFormat(messages.getProperty(key));
            }
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
