package fr.chulille.passerelle.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the privacy and legal notices say about the hospital, which the trial record does not give:
 * {@code passerelle.privacy.*}, from the {@code PASSERELLE_PRIVACY_*} environment variables. The
 * {@code prod} profile refuses to start without them; elsewhere a blank one shows a marked example.
 */
@ConfigurationProperties("passerelle.privacy")
public record PrivacySettings(String controllerName, String controllerAddress, String dpoContact, String host,
                              String legalBasis, String publicationDirector) {

    /** The settings by their name in the notices ({@code privacy.setting.<name>}), blank ones included. */
    Map<String, String> byName() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("controller-name", controllerName);
        settings.put("controller-address", controllerAddress);
        settings.put("dpo-contact", dpoContact);
        settings.put("host", host);
        settings.put("legal-basis", legalBasis);
        settings.put("publication-director", publicationDirector);
        return settings;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
