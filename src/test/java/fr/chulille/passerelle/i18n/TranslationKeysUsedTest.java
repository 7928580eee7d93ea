package fr.chulille.passerelle.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every literal key the code translates exists in both files: {@code getTranslation("key")},
 * {@code @Menu(title = "key")} and message keys written as {@code "…"} arguments of {@code t("key")}.
 */
class TranslationKeysUsedTest {

    private static final Pattern USED_KEY = Pattern.compile(
            "(?:getTranslation|translate|\\bt)\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"|title\\s*=\\s*\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");

    @Test
    void everyKeyUsedInTheCodeExistsInBothLanguages() throws IOException {
        Set<String> used = keysUsedIn(Path.of("src", "main", "java"));
        Set<String> french = TranslationFilesTest.load("fr").stringPropertyNames();
        Set<String> english = TranslationFilesTest.load("en").stringPropertyNames();

        assertThat(used).as("keys found in the code").isNotEmpty();
        assertThat(used).as("keys missing in French").allMatch(french::contains);
        assertThat(used).as("keys missing in English").allMatch(english::contains);
    }

    static Set<String> keysUsedIn(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = USED_KEY.matcher(read(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            });
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
