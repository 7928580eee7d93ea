package fr.chulille.passerelle.hostile;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.chulille.passerelle.referral.InvalidReferralException;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Line breaks and other control characters typed or pasted into free text: CR, LF, CRLF followed by a
 * mail header, tab, NUL, vertical tab (Word's soft line break), NEL and U+2028. One-line fields refuse
 * them with a translated message beside the field, as they would start a mail header or a CSV record;
 * the comment, notes and status reasons keep their line breaks as text and refuse the other control
 * characters. A referral stored before this rule still exports as one CSV record.
 */
class LineBreakInputTest extends ReferralJourney {

    static final String CHARACTERS_EN = "Remove the invisible control characters (such as text-direction overrides) from this text.";
    static final String CHARACTERS_FR = "Retirez de ce texte les caractères de contrôle invisibles (par exemple d’inversion du sens d’écriture).";
    static final String EMAIL_EN = "Enter an email address such as name@hospital.fr.";
    static final Map<String, String> SUBMISSION_PROPERTY = Map.of("referrerName", "referrer.name",
            "hospital", "referrer.hospital", "department", "referrer.department", "comment", "comment");

    final String token = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    static Stream<Arguments> controlCharactersInOneLineFields() {
        List<String> controls = List.of("\r\nBcc: victim@attacker.example", "\n", "\r", "\t", "\u0000", "\u000B", "\u0085", "\u2028");
        return ONE_LINE_FIELDS.stream().flatMap(field -> controls.stream().map(control -> Arguments.of(field, control)));
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("controlCharactersInOneLineFields")
    void aOneLineFieldRefusesItBesideTheFieldInBothLanguagesAndKeepsEveryValue(String field, String control) {
        long before = referrals.count();
        openForm(Locale.ENGLISH);
        Map<String, String> values = validValuesWith(field, validValues().get(field) + control + "more");
        fill(values);

        assertThat(send()).isEmpty();

        assertRefused(before);
        assertThat(field(field).isInvalid()).isTrue();
        assertThat(field(field).getErrorMessage()).isEqualTo(CHARACTERS_EN);
        values.forEach((id, value) -> assertThat(valueOf(id)).as(id).isEqualTo(value));
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(field(field).getErrorMessage()).isEqualTo(CHARACTERS_FR);
        assertThatThrownBy(() -> service.submit(submission(values))).isInstanceOf(InvalidReferralException.class)
                .hasMessageContaining(SUBMISSION_PROPERTY.get(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\nBcc: victim@attacker.example", "\nBcc: victim@attacker.example",
            "%0d%0aBcc:victim@attacker.example", ", victim@attacker.example", "\u2028Bcc: victim@attacker.example"})
    void anEmailAddressCarryingAHeaderOrASecondAddressIsRefused(String injection) {
        long before = referrals.count();
        openForm(Locale.ENGLISH);
        Map<String, String> values = validValuesWith("email", "c.martin@example.org" + injection);
        fill(values);

        assertThat(send()).isEmpty();

        assertRefused(before);
        assertThat(field("email").getErrorMessage()).isIn(EMAIL_EN, CHARACTERS_EN);
        assertThat(valueOf("email")).isEqualTo(values.get("email"));
        assertThatThrownBy(() -> service.submit(submission(values))).isInstanceOf(InvalidReferralException.class)
                .hasMessageContaining("referrer.email");
    }

    @Test
    void theCommentKeepsItsLineBreaksAsTextAndStaysOutOfTheMailsAndTheCsv() {
        String comment = "Rechute post-greffe " + token + ".\r\nDeuxième ligne\n\tindentée\n\nBcc: victim@attacker.example";
        openForm(Locale.ENGLISH);
        fill(validValuesWith("comment", comment));

        String reference = send().orElseThrow();

        assertThat(stored(reference).getComment()).isEqualTo(comment);
        openInInbox(reference);
        assertThat(textsShown()).contains(comment);
        assertThat(csvRecord(reference)).noneMatch(cell -> cell.contains("Deuxième"));
        for (Mail mail : mails(reference)) {
            assertThat(mail.recipients()).doesNotContain("attacker");
            assertThat(mail.parts().headerNames()).doesNotContain("Bcc");
            assertThat(mail.parts().everything()).doesNotContain("Deuxième", token);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u000B", "\u0007", "\u2029"})
    void theCommentRefusesOtherControlCharacters(String control) {
        long before = referrals.count();
        openForm(Locale.FRENCH);
        fill(validValuesWith("comment", "Ligne 1" + control + "Ligne 2"));

        assertThat(send()).isEmpty();

        assertRefused(before);
        assertThat(field("comment").getErrorMessage()).isEqualTo(CHARACTERS_FR);
    }

    @Test
    void aNoteKeepsItsLineBreaksAndRefusesOtherControlCharactersWithATranslatedMessage() {
        openForm(Locale.ENGLISH);
        fill(validValues());
        String reference = send().orElseThrow();
        openInInbox(reference);

        addNote("Refused " + token + "\u0000 note");
        assertThat(find(TextArea.class).id("note-text").getErrorMessage()).isEqualTo(CHARACTERS_EN);
        UI.getCurrent().setLocale(Locale.FRENCH);
        addNote("Refused " + token + "\u000B note");
        assertThat(find(TextArea.class).id("note-text").getErrorMessage()).isEqualTo(CHARACTERS_FR);
        assertThat(textsShown()).noneMatch(text -> text.contains("Refused " + token));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        String note = "Called the referrer " + token + ".\nCall back on Monday.\r\n\tCD19 to re-check.";
        addNote(note);

        assertThat(textsShown()).anyMatch(text -> text.endsWith("pi.hostile: " + note));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStatusReasonKeepsItsLineBreaksAndRefusesOtherControlCharacters() {
        openForm(Locale.ENGLISH);
        fill(validValues());
        String reference = send().orElseThrow();
        openInInbox(reference);

        test((Select<ReferralStatus>) find(Select.class).id("status-select")).selectItem("Declined by the patient");
        test((Select<fr.chulille.passerelle.referral.ClosingCategory>) find(Select.class).id("closing-category")).selectItem("The patient did not wish to take part");
        test(find(TextArea.class).id("status-reason")).setValue("Prefers\u0000 home");
        test(find(Button.class).id("status-change")).click();

        assertThat(find(TextArea.class).id("status-reason").getErrorMessage()).isEqualTo(CHARACTERS_EN);
        assertThat(stored(reference).getStatus()).isEqualTo(ReferralStatus.NEW);

        test(find(TextArea.class).id("status-reason")).setValue("Prefers to stay near home.\nWill call back.");
        test(find(Button.class).id("status-change")).click();

        assertThat(stored(reference).getStatus()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(stored(reference).getStatusReason()).isEqualTo("Prefers to stay near home.\nWill call back.");
    }

    @Test
    void aReferralStoredBeforeTheRuleStillExportsAsOneCsvRecordAndShowsAsText() {
        String name = "Dr Legacy " + token + "\r\nBcc: victim@attacker.example";
        Referral legacy = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral(name, "legacy@hopital.example", "fr"));

        List<List<String>> csv = csv("Dr Legacy " + token);

        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).hasSameSizeAs(csv.get(0)).contains(legacy.getReference(), name);
        assertThat(inboxRow("Dr Legacy " + token)).contains(name + " — CH de Test");
    }

    private void addNote(String text) {
        test(find(TextArea.class).id("note-text")).setValue(text);
        test(find(Button.class).id("note-add")).click();
    }
}
