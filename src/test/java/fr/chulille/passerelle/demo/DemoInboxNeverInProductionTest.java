package fr.chulille.passerelle.demo;

import fr.chulille.passerelle.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile `prod` never gets the demo referrals nor the AOT training's fictional ones, even if either is switched on
 * by mistake.
 */
class DemoInboxNeverInProductionTest {

    @Test
    void aProductionStartOnAnEmptyDatabaseSeedsNothing() {
        String[] arguments = {"--spring.profiles.active=prod", "--server.port=0",
                "--passerelle.demo-data.enabled=true", "--PASSERELLE_DEMO_DATA=true", "--passerelle.aot-training.referrals=5",
                "--PASSERELLE_DB_URL=jdbc:h2:mem:prod-demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--PASSERELLE_DB_USER=sa",
                "--PASSERELLE_SMTP_HOST=127.0.0.1",
                "--PASSERELLE_MAIL_FROM=passerelle@chu.example",
                "--PASSERELLE_CENTRAL_CONTACT_EMAIL=central@chu.example",
                "--PASSERELLE_PUBLIC_BASE_URL=https://passerelle.chu.example",
                "--PASSERELLE_PRIVACY_CONTROLLER_NAME=CHU Example",
                "--PASSERELLE_PRIVACY_CONTROLLER_ADDRESS=1 place de l'Exemple, 59000 Lille",
                "--PASSERELLE_PRIVACY_DPO_CONTACT=dpo@chu.example",
                "--PASSERELLE_PRIVACY_HOST=Hébergeur Exemple (HDS), Roubaix",
                "--PASSERELLE_PRIVACY_LEGAL_BASIS=Article 6(1)(e) and 9(2)(j) GDPR",
                "--PASSERELLE_PRIVACY_PUBLICATION_DIRECTOR=Directeur Exemple"};

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(arguments)) {
            assertThat(context.getBeanProvider(DemoInboxSeeding.class).stream().noneMatch(DemoInboxSeeding::enabled))
                    .isTrue();
            assertThat(context.getBean(AotTrainingReferrals.class).count()).isZero();
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM referral", Long.class))
                    .isZero();
        }
    }
}
