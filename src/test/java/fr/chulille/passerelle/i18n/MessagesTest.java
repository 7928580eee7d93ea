package fr.chulille.passerelle.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    private final Messages messages = Messages.fromClasspath();

    @Test
    void pluralsFollowTheLanguage() {
        assertThat(messages.format("summary.pro.design.enrollment.value", Messages.ENGLISH, Map.of("target", 5))).isEqualTo("5 participants");
        assertThat(messages.format("summary.pro.design.enrollment.value", Messages.ENGLISH, Map.of("target", 1))).isEqualTo("1 participant");
        assertThat(messages.format("summary.pro.design.enrollment.value", Messages.FRENCH, Map.of("target", 5))).isEqualTo("5 participants");
        assertThat(messages.format("summary.pro.design.enrollment.value", Messages.FRENCH, Map.of("target", 1))).isEqualTo("1 participant");
    }

    @Test
    void unsupportedLanguagesFallBackToFrench() {
        assertThat(Messages.supported(Locale.GERMAN)).isEqualTo(Messages.FRENCH);
        assertThat(Messages.supported(Locale.UK)).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.supported(null)).isEqualTo(Messages.FRENCH);
    }

    @Test
    void anUnknownKeyShowsItself() {
        assertThat(messages.format("no.such.key", Messages.FRENCH)).isEqualTo("!no.such.key!");
    }

    @Test
    void languagePreferenceOrder() {
        assertThat(LanguagePreference.resolve("en", "fr", Locale.FRENCH)).isEqualTo(Messages.ENGLISH);
        assertThat(LanguagePreference.resolve(null, "en", Locale.FRENCH)).isEqualTo(Messages.ENGLISH);
        assertThat(LanguagePreference.resolve("xx", null, Locale.ENGLISH)).isEqualTo(Messages.ENGLISH);
        assertThat(LanguagePreference.resolve(null, null, Locale.GERMAN)).isEqualTo(Messages.FRENCH);
    }

    @Test
    void everyMessageFormatsWithoutArgumentsAndWithAnEmptyMapAsVaadinAsksForItTheSameTextTwice() {
        for (Locale locale : new Locale[] {Messages.FRENCH, Messages.ENGLISH}) {
            for (String key : messages.keys(locale)) {
                String first = messages.format(key, locale, Map.of());
                assertThat(messages.format(key, locale)).as(key).isEqualTo(first);
                assertThat(messages.format(key, locale, Map.of())).as(key).isSameAs(first);
            }
        }
    }
}
