package fr.chulille.passerelle.hostile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import fr.chulille.passerelle.referral.ChoiceSelect;
import fr.chulille.passerelle.referral.ChoiceSelectTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.chulille.passerelle.referral.InvalidReferralException;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.ReferralStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 100 000-character texts in every field: refused beside the field with a translated message (never a
 * database error, never cut silently), the other values kept; the longest values each field accepts
 * are stored whole and shown in full. Notes, status reasons and the inbox search likewise.
 */
class VeryLongInputTest extends ReferralJourney {

    static final int VERY_LONG = 100_000;
    static final String TOO_LONG_EN = "This text is too long.";
    static final String TOO_LONG_FR = "Ce texte est trop long.";

    final String token = UUID.randomUUID().toString().substring(0, 8);

    /** Each field, a 100 000-character value, and the messages it may get in English and in French. */
    static Stream<Arguments> veryLongValues() {
        return Stream.of(
                Arguments.of("referrerName", "x".repeat(VERY_LONG), List.of(TOO_LONG_EN), List.of(TOO_LONG_FR)),
                Arguments.of("rpps", "1".repeat(VERY_LONG), List.of("An RPPS number has exactly 11 digits."),
                        List.of("Un numéro RPPS compte exactement 11 chiffres.")),
                Arguments.of("hospital", "CH ".repeat(VERY_LONG / 3), List.of(TOO_LONG_EN), List.of(TOO_LONG_FR)),
                Arguments.of("department", "é".repeat(VERY_LONG), List.of(TOO_LONG_EN), List.of(TOO_LONG_FR)),
                Arguments.of("email", "a".repeat(VERY_LONG) + "@example.org",
                        List.of(TOO_LONG_EN, "Enter an email address such as name@hospital.fr."),
                        List.of(TOO_LONG_FR, "Saisissez une adresse de courriel comme nom@hopital.fr.")),
                Arguments.of("phone", "0".repeat(VERY_LONG), List.of("Enter a phone number (digits, spaces, + . - ( ) allowed)."),
                        List.of("Saisissez un numéro de téléphone (chiffres, espaces, + . - ( ) acceptés).")),
                Arguments.of("initials", "J".repeat(VERY_LONG), List.of("Initials only: 1 to 4 letters, for example J-D."),
                        List.of("Initiales seulement : 1 à 4 lettres, par exemple J-D.")),
                Arguments.of("comment", "Une ligne de commentaire.\n".repeat(VERY_LONG / 26), List.of(TOO_LONG_EN), List.of(TOO_LONG_FR)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("veryLongValues")
    void aVeryLongValueIsRefusedBesideItsFieldInBothLanguagesAndEveryValueIsKept(String field, String value,
                                                                                  List<String> english, List<String> french) {
        long before = referrals.count();
        openForm(Locale.ENGLISH);
        Map<String, String> values = validValuesWith(field, value);
        fill(values);

        assertThat(send()).isEmpty();

        assertRefused(before);
        assertThat(field(field).isInvalid()).isTrue();
        assertThat(field(field).getErrorMessage()).isIn(english);
        values.forEach((id, typed) -> assertThat(valueOf(id)).as(id).isEqualTo(typed));
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(field(field).getErrorMessage()).isIn(french);
        assertThatThrownBy(() -> service.submit(submission(values))).isInstanceOf(InvalidReferralException.class);
        assertThat(referrals.count()).isEqualTo(before);
    }

    @Test
    void theLongestAcceptedValuesAreStoredWholeAndShownInFull() {
        String name = ("Dr " + token + " Martin-Dupont ").repeat(20).substring(0, 200);
        String hospital = "Centre hospitalier ".repeat(20).substring(0, 199) + "X";
        String department = "Hématologie clinique ".repeat(20).substring(0, 199) + "Y";
        String comment = "Ligne de commentaire.\n".repeat(200).substring(0, 3999) + "Z";
        String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".fr";
        String phone = "+33 3 20 44 59 62 00 00 00 00 00";
        openForm(Locale.ENGLISH);
        fill(Map.of("referrerName", name, "rpps", "10003456789", "hospital", hospital, "department", department,
                "email", email, "phone", phone, "initials", "J-P-D-M", "comment", comment));

        String reference = send().orElseThrow();

        Referral stored = stored(reference);
        assertThat(List.of(stored.getReferrer().name(), stored.getReferrer().hospital(), stored.getReferrer().department(),
                stored.getReferrer().email(), stored.getReferrer().phone(), stored.getPatient().initials(), stored.getComment()))
                .containsExactly(name, hospital, department, email, phone, "J-P-D-M", comment);
        assertThat(email).hasSize(254);
        assertThat(csvRecord(reference)).contains(name, hospital, department, email, "'" + phone);
        openInInbox(reference);
        assertThat(textsShown()).contains(name, hospital + " — " + department, comment, "J-P-D-M");
        assertThat(mails(reference)).anySatisfy(mail -> assertThat(mail.parts().plain()).contains(name, hospital, email));
    }

    @Test
    void initialsThatUpperCaseToMoreLettersAreStoredWhole() {
        String reference = service.submit(submission(validValuesWith("initials", "ß-ß-ß-ß"))).reference();

        assertThat(stored(reference).getPatient().initials()).isEqualTo("SS-SS-SS-SS");
    }

    @Test
    void aVeryLongNoteIsRefusedWithATranslatedMessageAndTheLongestOneIsKept() {
        openForm(Locale.ENGLISH);
        fill(validValues());
        String reference = send().orElseThrow();
        openInInbox(reference);

        addNote(token + "n".repeat(VERY_LONG));
        assertThat(find(TextArea.class).id("note-text").getErrorMessage()).isEqualTo("This text is too long: 4,000 characters at most.");
        UI.getCurrent().setLocale(Locale.FRENCH);
        addNote(token + "n".repeat(VERY_LONG));
        assertThat(find(TextArea.class).id("note-text").getErrorMessage()).startsWith("Ce texte est trop long : 4")
                .endsWith("000 caractères au maximum.");
        assertThat(textsShown()).noneMatch(text -> text.contains(token));

        String longest = token + "n".repeat(4000 - token.length());
        addNote(longest);

        assertThat(textsShown()).anyMatch(text -> text.endsWith(" : " + longest));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVeryLongStatusReasonIsRefusedAndTheLongestOneIsKeptWithItsAuditLine() {
        openForm(Locale.ENGLISH);
        fill(validValues());
        String reference = send().orElseThrow();
        openInInbox(reference);

        changeStatus("Declined by the patient", "r".repeat(VERY_LONG));
        assertThat(find(TextArea.class).id("status-reason").getErrorMessage()).isEqualTo("This text is too long: 1,000 characters at most.");
        assertThat(stored(reference).getStatus()).isEqualTo(ReferralStatus.NEW);

        String longest = token + "r".repeat(1000 - token.length());
        changeStatus("Declined by the patient", longest);

        assertThat(stored(reference).getStatus()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(stored(reference).getStatusReason()).isEqualTo(longest);
        assertThat(textsShown()).anyMatch(text -> text.equals("Declined by the patient — The patient did not wish to take part — " + longest))
                .anyMatch(text -> text.contains("changed the status NEW → DECLINED [PATIENT_DID_NOT_WISH] (" + token) && text.endsWith("…"));
    }

    @Test
    void aVeryLongSearchIsRefusedBesideTheSearchFieldAndTheExportStillWorks() {
        String search = "x".repeat(VERY_LONG);

        List<List<String>> csv = csv(search);

        TextField field = find(TextField.class).id("inbox-text-filter");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("A search holds 200 characters at most.");
        assertThat(csv).hasSize(1);
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(find(TextField.class).id("inbox-text-filter").getErrorMessage()).isEqualTo("Une recherche compte au plus 200 caractères.");
    }

    @Test
    @Timeout(60)
    @SuppressWarnings("unchecked")
    void aNumberOf100000DigitsIsRefusedBesideItsFieldAndLeftToConfirm() {
        openForm(Locale.ENGLISH);
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("platelets-unit")).selectItem("G/L");

        typeNumber("platelets-value", "1".repeat(VERY_LONG));

        assertThat(field("platelets-value").getErrorMessage())
                .isEqualTo("Impossible in this unit (possible values: 0 to 10,000): check the unit.");
        assertThat(find(Component.class).id("criterion-INC-09").getElement().getAttribute("data-outcome")).isEqualTo("unknown");
    }

    private void addNote(String text) {
        test(find(TextArea.class).id("note-text")).setValue(text);
        test(find(Button.class).id("note-add")).click();
    }

    @SuppressWarnings("unchecked")
    private void changeStatus(String status, String reason) {
        test((Select<ReferralStatus>) find(Select.class).id("status-select")).selectItem(status);
        test((Select<fr.chulille.passerelle.referral.ClosingCategory>) find(Select.class).id("closing-category"))
                .selectItem("The patient did not wish to take part");
        test(find(TextArea.class).id("status-reason")).setValue(reason);
        test(find(Button.class).id("status-change")).click();
    }
}
