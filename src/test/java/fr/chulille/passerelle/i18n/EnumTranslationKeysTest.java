package fr.chulille.passerelle.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every translation key built from an enum constant exists in both languages: for each enum of the
 * application, every method without parameters whose name ends in "Key" and that returns a String
 * ({@code labelKey()}, {@code messageKey()}, {@code slipWarningKey()}, {@code key()} …) is called on every
 * constant, and the key it builds is looked up in the French and the English bundles.
 */
class EnumTranslationKeysTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final String PACKAGE = "fr.chulille.passerelle";

    @Test
    void everyKeyBuiltFromAnEnumExistsInBothLanguages() throws Exception {
        Properties french = TranslationFilesTest.load("fr");
        Properties english = TranslationFilesTest.load("en");
        Map<String, String> keys = keysBuiltFromEnums();

        assertThat(keys).as("keys built from enums").hasSizeGreaterThan(150)
                .containsKeys("eligibility.advice.short.NO_ADVICE_YET", "eligibility.warning.unit-slip.cell-count.PER_MICROLITRE",
                        "referral.status.declined", "eligibility.field.measuredCreatinineClearance");
        Set<String> missingInFrench = new TreeSet<>();
        Set<String> missingInEnglish = new TreeSet<>();
        keys.forEach((key, source) -> {
            if (!french.containsKey(key)) {
                missingInFrench.add(key + " (" + source + ")");
            }
            if (!english.containsKey(key)) {
                missingInEnglish.add(key + " (" + source + ")");
            }
        });
        assertThat(missingInFrench).as("missing in French").isEmpty();
        assertThat(missingInEnglish).as("missing in English").isEmpty();
    }

    /** key → the enum constant and method that build it. */
    static Map<String, String> keysBuiltFromEnums() throws Exception {
        Map<String, String> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                if (!name.startsWith(PACKAGE)) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, EnumTranslationKeysTest.class.getClassLoader());
                if (!type.isEnum()) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (method.getParameterCount() == 0 && method.getReturnType() == String.class
                            && method.getName().toLowerCase().endsWith("key") && !Modifier.isStatic(method.getModifiers())) {
                        method.setAccessible(true);
                        for (Object constant : type.getEnumConstants()) {
                            keys.put((String) method.invoke(constant), type.getSimpleName() + "." + constant + "." + method.getName() + "()");
                        }
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void theCriterionKindsShowEveryOutcomeInBothLanguages() throws IOException {
        Properties french = TranslationFilesTest.load("fr");
        Properties english = TranslationFilesTest.load("en");
        for (var kind : fr.chulille.passerelle.eligibility.CriterionKind.values()) {
            for (var outcome : fr.chulille.passerelle.eligibility.Outcome.values()) {
                assertThat(french).containsKey(kind.displayKey(outcome));
                assertThat(english).containsKey(kind.displayKey(outcome));
            }
        }
    }
}
