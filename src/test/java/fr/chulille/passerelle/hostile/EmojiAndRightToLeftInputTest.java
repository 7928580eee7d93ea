package fr.chulille.passerelle.hostile;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import fr.chulille.passerelle.referral.InvalidReferralException;
import fr.chulille.passerelle.referral.Referral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Emoji, right-to-left scripts and the invisible bidirectional controls. Names, hospitals, departments
 * and comments in any script, with emoji, are accepted and shown intact (grid, page, CSV in UTF-8, both
 * mails); initials are letters of any script, never emoji. The embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which would reorder the text around a value wherever it is shown
 * (an inbox line, a CSV cell, a mail), are refused with a translated message; the plain direction
 * marks (U+200E, U+200F) stay allowed.
 */
class EmojiAndRightToLeftInputTest extends ReferralJourney {

    static final String CHARACTERS_EN = LineBreakInputTest.CHARACTERS_EN;
    static final String CHARACTERS_FR = LineBreakInputTest.CHARACTERS_FR;
    static final List<String> BIDI_CONTROLS = List.of(
            "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069");

    final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void textInAnyScriptWithEmojiIsStoredAndShownIntactEverywhere() {
        String name = "👩‍⚕️ Dr. سارة " + token;
        String hospital = "مستشفى الأمل — CHU 🏥";
        String department = "血液内科 Hématologie";
        String comment = "Patiente 🙂, famille à Beyrouth (بيروت).";
        openForm(Locale.ENGLISH);
        fill(Map.of("referrerName", name, "rpps", "10003456789", "hospital", hospital, "department", department,
                "email", "sara@example.org", "phone", "+961 1 123 456", "initials", "سا", "comment", comment));

        String reference = send().orElseThrow();

        Referral stored = stored(reference);
        assertThat(List.of(stored.getReferrer().name(), stored.getReferrer().hospital(), stored.getReferrer().department(),
                stored.getComment(), stored.getPatient().initials())).containsExactly(name, hospital, department, comment, "سا");
        assertThat(inboxRow("سارة " + token)).contains(name + " — " + hospital);
        openInInbox(reference);
        assertThat(textsShown()).contains(name, hospital + " — " + department, comment, "سا");
        assertThat(csvRecord(reference)).contains(name, hospital, department);
        List<Mail> mails = mails(reference);
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.parts().subject()).contains(reference).doesNotContain(token);
            assertThat(mail.parts().plain()).contains(name);
            assertThat(mail.parts().html()).contains(name);
        });
        assertThat(mails).anySatisfy(mail -> assertThat(mail.parts().plain()).contains(hospital, department));
    }

    @ParameterizedTest
    @ValueSource(strings = {"J😀", "👩‍⚕️", "🅰🅱", "J\u202ED", "J\u200DD"})
    void initialsAreLettersOfAnyScriptButNeverEmojiOrControls(String initials) {
        long before = referrals.count();
        openForm(Locale.ENGLISH);
        fill(validValuesWith("initials", initials));

        assertThat(send()).isEmpty();

        assertRefused(before);
        assertThat(field("initials").getErrorMessage()).isEqualTo("Initials only: 1 to 4 letters, for example J-D.");
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(field("initials").getErrorMessage()).isEqualTo("Initiales seulement : 1 à 4 lettres, par exemple J-D.");
        assertThat(valueOf("initials")).isEqualTo(initials);
    }

    static Stream<Arguments> bidiControlsInFreeText() {
        return Stream.concat(ONE_LINE_FIELDS.stream(), Stream.of("comment"))
                .flatMap(field -> BIDI_CONTROLS.stream().map(control -> Arguments.of(field, control)));
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("bidiControlsInFreeText")
    void aBidirectionalControlIsRefusedBesideItsFieldAndEveryValueIsKept(String field, String control) {
        long before = referrals.count();
        openForm(Locale.ENGLISH);
        Map<String, String> values = validValuesWith(field, "Dr " + control + "nitraM eriacl — CH");
        fill(values);

        assertThat(send()).isEmpty();

        assertRefused(before);
        assertThat(field(field).getErrorMessage()).isEqualTo(CHARACTERS_EN);
        values.forEach((id, typed) -> assertThat(valueOf(id)).as(id).isEqualTo(typed));
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(field(field).getErrorMessage()).isEqualTo(CHARACTERS_FR);
        assertThatThrownBy(() -> service.submit(submission(values))).isInstanceOf(InvalidReferralException.class);
    }

    @Test
    void theDirectionMarksAndEmojiJoinersAreAllowed() {
        openForm(Locale.ENGLISH);
        fill(validValuesWith("referrerName", "Dr \u200Fسارة\u200E Martin 👨‍👩‍👧 " + token));

        assertThat(field("referrerName").isInvalid()).isFalse();
        assertThat(send()).isPresent();
    }

    @Test
    void aNoteWithABidirectionalOverrideIsRefusedAndOneInArabicWithEmojiIsKept() {
        openForm(Locale.ENGLISH);
        fill(validValues());
        String reference = send().orElseThrow();
        openInInbox(reference);

        addNote("Refused " + token + " \u202Eetad");
        assertThat(find(TextArea.class).id("note-text").getErrorMessage()).isEqualTo(CHARACTERS_EN);
        assertThat(textsShown()).noneMatch(text -> text.contains("Refused " + token));

        String note = "اتصلت بالطبيب 📞 " + token + " — rappel lundi";
        addNote(note);

        assertThat(textsShown()).anyMatch(text -> text.endsWith("pi.hostile: " + note));
    }

    private void addNote(String text) {
        test(find(TextArea.class).id("note-text")).setValue(text);
        test(find(Button.class).id("note-add")).click();
    }
}
