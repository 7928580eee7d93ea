package fr.chulille.passerelle.notification;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone trying the portal reads the mails it sent, in the staff area. */
@SpringBootTest
@WithMockUser(roles = "INVESTIGATOR")
class DemoMailboxViewTest extends SpringBrowserlessTest {

    @Autowired
    JavaMailSender mailSender;

    @Test
    void theMailsOfTheEmbeddedServerAreListed() {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("passerelle@localhost");
        message.setTo("central-contact@test.localhost");
        message.setSubject("Demo mailbox check");
        message.setText("Bonjour");
        mailSender.send(message);

        UI.getCurrent().navigate("inbox/mails");
        LanguagePreference.choose(Messages.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Mail sent by the portal (demo server)");
        assertThat(find(Details.class).all()).anySatisfy(details ->
                assertThat(details.getSummaryText()).contains("central-contact@test.localhost", "Demo mailbox check"));
    }
}
