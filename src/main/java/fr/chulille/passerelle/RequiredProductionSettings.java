package fr.chulille.passerelle;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import java.util.List;

/**
 * In the {@code prod} profile the portal has no embedded defaults: it stops before anything starts,
 * naming every missing environment variable, rather than failing later on a half-resolved setting.
 * Registered in {@code META-INF/spring.factories}.
 */
public class RequiredProductionSettings implements EnvironmentPostProcessor {

    static final String PRODUCTION_PROFILE = "prod";
    static final List<String> REQUIRED_VARIABLES = List.of(
            "PASSERELLE_DB_URL", "PASSERELLE_DB_USER",
            "PASSERELLE_SMTP_HOST", "PASSERELLE_MAIL_FROM", "PASSERELLE_CENTRAL_CONTACT_EMAIL",
            "PASSERELLE_PUBLIC_BASE_URL",
            // the privacy and legal notices (privacy package): what the trial record does not give
            "PASSERELLE_PRIVACY_CONTROLLER_NAME", "PASSERELLE_PRIVACY_CONTROLLER_ADDRESS",
            "PASSERELLE_PRIVACY_DPO_CONTACT", "PASSERELLE_PRIVACY_HOST", "PASSERELLE_PRIVACY_LEGAL_BASIS",
            "PASSERELLE_PRIVACY_PUBLICATION_DIRECTOR");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            return;
        }
        List<String> missing = REQUIRED_VARIABLES.stream()
                .filter(variable -> environment.getProperty(variable, "").isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The prod profile needs these environment variables (see README, "
                    + "\"Run in production\"): " + String.join(", ", missing));
        }
    }
}
