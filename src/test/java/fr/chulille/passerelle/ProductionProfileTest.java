package fr.chulille.passerelle;

import fr.chulille.passerelle.notification.DemoMailbox;
import fr.chulille.passerelle.notification.EmbeddedSmtpServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The `prod` profile has no embedded defaults: database, SMTP and addresses come from the environment. */
class ProductionProfileTest {

    /** What an operator sets besides the database (given here as arguments; the environment works the same). */
    static final List<String> MAIL_SETTINGS = List.of(
            "--PASSERELLE_SMTP_HOST=127.0.0.1",
            "--PASSERELLE_MAIL_FROM=passerelle@chu.example",
            "--PASSERELLE_CENTRAL_CONTACT_EMAIL=central@chu.example",
            "--PASSERELLE_PUBLIC_BASE_URL=https://passerelle.chu.example",
            "--PASSERELLE_PRIVACY_CONTROLLER_NAME=CHU Example",
            "--PASSERELLE_PRIVACY_CONTROLLER_ADDRESS=1 place de l'Exemple, 59000 Lille",
            "--PASSERELLE_PRIVACY_DPO_CONTACT=dpo@chu.example",
            "--PASSERELLE_PRIVACY_HOST=Hébergeur Exemple (HDS), Roubaix",
            "--PASSERELLE_PRIVACY_LEGAL_BASIS=Article 6(1)(e) and 9(2)(j) GDPR",
            "--PASSERELLE_PRIVACY_PUBLICATION_DIRECTOR=Directeur Exemple");

    @Test
    void refusesToStartWithoutADatabaseUrlFromTheEnvironment() {
        assumeTrue(System.getenv("PASSERELLE_DB_URL") == null, "PASSERELLE_DB_URL is set in this environment");

        Throwable failure = catchThrowable(() -> start(MAIL_SETTINGS).close());

        assertThat(failure).isNotNull();
        assertThat(messages(failure)).contains("PASSERELLE_DB_URL");
    }

    @Test
    void refusesToStartWithoutThePrivacySettingsNamingTheMissingOnes() {
        List<String> settings = new ArrayList<>(MAIL_SETTINGS.stream()
                .filter(s -> !s.startsWith("--PASSERELLE_PRIVACY_DPO_CONTACT") && !s.startsWith("--PASSERELLE_PRIVACY_HOST="))
                .toList());
        settings.add("--PASSERELLE_DB_URL=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        settings.add("--PASSERELLE_DB_USER=sa");

        Throwable failure = catchThrowable(() -> start(settings).close());

        assertThat(failure).isNotNull();
        assertThat(messages(failure)).contains("PASSERELLE_PRIVACY_DPO_CONTACT", "PASSERELLE_PRIVACY_HOST")
                .doesNotContain("PASSERELLE_PRIVACY_CONTROLLER_NAME");
    }

    @Test
    void startsWithoutTheEmbeddedSmtpServerNorTheDemoAccount() {
        List<String> settings = new ArrayList<>(MAIL_SETTINGS);
        settings.add("--PASSERELLE_DB_URL=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        settings.add("--PASSERELLE_DB_USER=sa");

        try (ConfigurableApplicationContext context = start(settings)) {
            // decided at start, not by a bean condition (the AOT-processed jar has the bean): not started, and
            // the mail goes to the operator's server, not redirected to a loopback GreenMail
            assertThat(context.getBeanProvider(EmbeddedSmtpServer.class).stream().noneMatch(EmbeddedSmtpServer::running))
                    .isTrue();
            JavaMailSenderImpl mailSender = context.getBean(JavaMailSenderImpl.class);
            assertThat(mailSender.getHost()).isEqualTo("127.0.0.1");
            assertThat(mailSender.getPort()).isEqualTo(587);
            assertThat(context.getBean(DemoMailbox.class).mails()).isEmpty();
            assertThat(context.getEnvironment().getProperty("passerelle.demo-account.enabled")).isEqualTo("false");
            assertThat(context.getEnvironment().getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        }
    }

    private static ConfigurableApplicationContext start(List<String> settings) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=prod", "--server.port=0"));
        arguments.addAll(settings);
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }

    private static String messages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
