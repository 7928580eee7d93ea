package fr.chulille.passerelle.hostile;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import fr.chulille.passerelle.notification.EmbeddedSmtpServer;
import fr.chulille.passerelle.notification.MailParts;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralService;
import fr.chulille.passerelle.referral.ReferralSubmission;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The path of a typed value: the referral form as the browser sends it (browserless), then what the
 * investigator sees of it (inbox grid, referral page, CSV export) and the two mails, read from the
 * embedded SMTP server of the default profile. Values are set as a user would, so a crafted client
 * that skips the browser's own limits is covered too.
 */
@SpringBootTest
@WithMockUser(username = "pi.hostile", roles = "INVESTIGATOR")
@ViewPackages(packages = "fr.chulille.passerelle")
abstract class ReferralJourney extends SpringBrowserlessTest {

    /** The free-text fields of the form, by id. */
    static final List<String> TEXT_FIELDS = List.of(
            "referrerName", "rpps", "hospital", "department", "email", "phone", "initials", "comment");
    /** The free-text fields that hold one line of any characters: the others have a format. */
    static final List<String> ONE_LINE_FIELDS = List.of("referrerName", "hospital", "department");

    @Autowired
    StoredReferrals referrals;
    @Autowired
    ReferralService service;
    @Autowired
    EmbeddedSmtpServer smtp;

    /** A mail received by the SMTP server, with its envelope recipients. */
    record Mail(String recipients, MailParts parts) {
    }

    /** The values of a valid referral, by field id. */
    static Map<String, String> validValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("referrerName", "Dr Claire Martin");
        values.put("rpps", "10003456789");
        values.put("hospital", "CH de Valenciennes");
        values.put("department", "Hématologie");
        values.put("email", "c.martin@example.org");
        values.put("phone", "03 27 14 33 33");
        values.put("initials", "JD");
        values.put("comment", "Rechute post-greffe");
        return values;
    }

    static Map<String, String> validValuesWith(String field, String value) {
        Map<String, String> values = validValues();
        values.put(field, value);
        return values;
    }

    /** The values sent straight to the service, as another client of it would. */
    static ReferralSubmission submission(Map<String, String> values) {
        return new ReferralSubmission(UUID.randomUUID(), "en", new ReferralSubmission.ReferrerIdentity(
                values.get("referrerName"), values.get("rpps"), values.get("hospital"), values.get("department"),
                values.get("email"), values.get("phone")), values.get("initials"), ClinicalFacts.empty(), Map.of(),
                values.get("comment"), true);
    }

    void openForm(Locale locale) {
        UI.getCurrent().navigate("referral");
        UI.getCurrent().setLocale(locale);
    }

    void type(String field, String value) {
        switch (field) {
            case "email" -> test(find(EmailField.class).id(field)).setValue(value);
            case "comment" -> test(find(TextArea.class).id(field)).setValue(value);
            default -> test(find(TextField.class).id(field)).setValue(value);
        }
    }

    /** Fills the form with the values and ticks the attestation. */
    void fill(Map<String, String> values) {
        values.forEach(this::type);
        test(find(Checkbox.class).id("consent-attested")).click();
    }

    /** Text typed in a number field, as the browser sends it: the field parses it with its decimal separator. */
    void typeNumber(String field, String text) {
        BigDecimalField number = find(BigDecimalField.class).id(field);
        try {
            number.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", text).run();
        } catch (PropertyChangeDeniedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Clicks "Send the referral": the reference the referrer is shown, or empty when the form refused. */
    Optional<String> send() {
        test(find(Button.class).id("send-referral")).click();
        return find(Span.class).withId("referral-reference").all().stream().map(Span::getText).findFirst();
    }

    /** The form's "some fields need your attention" line is shown, and the referral was not sent. */
    void assertRefused(long storedBefore) {
        assertThat(find(Paragraph.class).id("form-error").isVisible()).as("form error shown").isTrue();
        assertThat(find(Span.class).withId("referral-reference").exists()).as("confirmation shown").isFalse();
        assertThat(referrals.count()).as("referrals stored").isEqualTo(storedBefore);
    }

    HasValidation field(String id) {
        return (HasValidation) find(Component.class).id(id);
    }

    Object valueOf(String id) {
        return ((HasValue<?, ?>) find(Component.class).id(id)).getValue();
    }

    Referral stored(String reference) {
        return referrals.findByReference(reference).orElseThrow();
    }

    /** The inbox grid's cells for the one referral its search finds. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<String> inboxRow(String search) {
        openInbox(search);
        Grid grid = find(Grid.class).single();
        assertThat(test(grid).size()).as("rows found by the search").isEqualTo(1);
        return IntStream.range(0, grid.getColumns().size()).mapToObj(column -> test(grid).getCellText(0, column)).toList();
    }

    void openInbox(String search) {
        UI.getCurrent().navigate("inbox");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        test(find(TextField.class).id("inbox-text-filter")).setValue(search);
    }

    /** The CSV export of the inbox filtered by the search, read back into records (header first). */
    List<List<String>> csv(String search) {
        openInbox(search);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(find(Anchor.class).id("inbox-export")).download(out);
        return Csv.parse(out.toString(StandardCharsets.UTF_8));
    }

    /** The CSV record of the one referral its reference finds. */
    List<String> csvRecord(String reference) {
        List<List<String>> records = csv(reference);
        assertThat(records).as("header and one record").hasSize(2);
        assertThat(records.get(1)).as("cells").hasSameSizeAs(records.get(0));
        return records.get(1);
    }

    void openInInbox(String reference) {
        UI.getCurrent().navigate("inbox/" + stored(reference).getId());
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** Every text node of the page, as the browser would render it. */
    List<String> textsShown() {
        return elements().filter(Element::isTextNode).map(Element::getText).toList();
    }

    /**
     * No element the page holds came from typed text: no script, frame, image or vector graphics, no
     * event handler attribute, no typed text in any attribute or property. Typed text can only be in text nodes.
     * The portal's own markup ({@code innerHTML} written by {@code layout.Markup}: translations and escaped text, to
     * keep fewer server-side nodes) holds none of those elements or attributes either, and never the typed text.
     */
    void assertNoMarkupFrom(String... typed) {
        elements().filter(element -> !element.isTextNode()).forEach(element -> {
            assertNoActiveContent(element.getTag(), element.getAttributeNames().toList());
            assertThat(element.getPropertyNames()).doesNotContain("outerHTML");
            if (element.hasProperty("innerHTML")) {
                org.jsoup.Jsoup.parseBodyFragment(element.getProperty("innerHTML")).body().select("*").stream().skip(1)
                        .forEach(parsed -> assertNoActiveContent(parsed.tagName(),
                                parsed.attributes().asList().stream().map(org.jsoup.nodes.Attribute::getKey).toList()));
            }
            Stream.concat(element.getAttributeNames().map(element::getAttribute),
                            element.getPropertyNames().map(name -> String.valueOf(element.getPropertyRaw(name))))
                    .forEach(value -> Arrays.stream(typed).forEach(text -> assertThat(value)
                            .as("attribute or property of <%s>", element.getTag()).doesNotContain(text)));
        });
    }

    private static void assertNoActiveContent(String tag, List<String> attributes) {
        assertThat(tag).isNotIn("script", "iframe", "img", "svg", "object", "embed", "b");
        assertThat(attributes).noneMatch(name -> name.startsWith("on"));
    }

    private Stream<Element> elements() {
        return find(Component.class).all().stream().map(Component::getElement)
                .flatMap(ReferralJourney::descendants).distinct();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ReferralJourney::descendants));
    }

    /** The two mails of the referral (to the central contact and to the referrer), once both arrived. */
    List<Mail> mails(String reference) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(reference).size() >= 2);
        assertThat(mailsAbout(reference)).hasSize(2);
        return mailsAbout(reference);
    }

    private List<Mail> mailsAbout(String reference) {
        return smtp.receivedMessages().stream()
                .map(message -> new Mail(recipients(message), MailParts.of(message)))
                .filter(mail -> mail.parts().subject().contains(reference))
                .toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList().toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
