package fr.chulille.passerelle.privacy;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notices show the hospital's settings once given, and the retention of the purge's own settings. */
class PrivacyFactsTest {

    static final RetentionSettings RETENTION = new RetentionSettings(Duration.ofDays(180), Duration.ofDays(90),
            Duration.ofDays(365), Duration.ofDays(90), Duration.ofDays(30), Duration.ofDays(365), Duration.ofDays(365));

    @Test
    void givenSettingsReplaceTheExamples() {
        PrivacyFacts facts = new PrivacyFacts(new PrivacySettings("CHU Test", "2 avenue Oscar Lambret, 59000 Lille",
                "dpo@chu.example", "Hôte HDS", "Article 6(1)(e) GDPR", "M. Directeur"), RETENTION);

        Map<String, Object> arguments = facts.arguments(key -> "EXAMPLE " + key);

        assertThat(facts.showsExamples()).isFalse();
        assertThat(arguments).containsEntry("controllerName", "CHU Test").containsEntry("dpoContact", "dpo@chu.example")
                .containsEntry("publicationDirector", "M. Directeur").containsEntry("legalBasis", "Article 6(1)(e) GDPR");
        assertThat(arguments.values()).noneMatch(value -> String.valueOf(value).startsWith("EXAMPLE"));
    }

    @Test
    void aBlankSettingShowsItsMarkedExample() {
        PrivacyFacts facts = new PrivacyFacts(new PrivacySettings("CHU Test", "", "dpo@chu.example", " ", "basis", "dir"), RETENTION);

        Map<String, Object> arguments = facts.arguments(key -> "EXAMPLE " + key);

        assertThat(facts.showsExamples()).isTrue();
        assertThat(arguments).containsEntry("controllerAddress", "EXAMPLE privacy.example.controller-address")
                .containsEntry("host", "EXAMPLE privacy.example.host");
    }

    @Test
    void theRetentionShownIsThePurgeSettingInDays() {
        PrivacyFacts facts = new PrivacyFacts(new PrivacySettings("a", "b", "c", "d", "e", "f"), RETENTION);

        assertThat(facts.retentionDays()).containsEntry("closed", 180L).containsEntry("enrolled", 90L)
                .containsEntry("undecided", 365L).containsEntry("event-publications", 30L);
        assertThat(facts.retentionDays().keySet()).containsExactlyElementsOf(PrivacyFacts.RETENTION_LINES);
    }

    @Test
    void aZeroRetentionIsRefused() {
        assertThatThrownBy(() -> new RetentionSettings(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(1),
                Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
