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

/** The FR and EN files hold the same keys, and no message is empty. */
class TranslationFilesTest {

    static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("translations", "messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> french = new TreeSet<>(load("fr").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("en").stringPropertyNames());

        assertThat(difference(french, english)).as("keys only in messages_fr.properties").isEmpty();
        assertThat(difference(english, french)).as("keys only in messages_en.properties").isEmpty();
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
