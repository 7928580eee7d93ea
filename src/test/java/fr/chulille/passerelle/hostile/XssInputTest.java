package fr.chulille.passerelle.hostile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.ReferralStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup, script and spreadsheet formulas typed in the free-text fields. A hospital name may hold
 * "&lt;" or "&amp;", so they are accepted as typed, stored verbatim, and shown as inert text: on the
 * referrer's confirmation, in the inbox grid and page, in the CSV export (formulas neutralised) and in
 * the two mails (HTML part escaped). Notes and status reasons likewise.
 */
class XssInputTest extends ReferralJourney {

    /** Each test's own: the database is shared by the tests of this Spring context. */
    final String token = UUID.randomUUID().toString().substring(0, 8);
    final String name = "Dr " + token + " <script>alert('name')</script>";
    final String hospital = "<img src=x onerror=alert('hospital')>";
    final String department = "\"><svg onload=alert('department')>";
    final String comment = "<iframe src=javascript:alert('comment')></iframe> & <b>bold</b>";
    final String[] payloads = {name, hospital, department, comment};

    @Test
    void markupIsStoredAsTypedAndShownAsTextToTheReferrerAndTheInvestigator() {
        openForm(Locale.ENGLISH);
        fill(Map.of("referrerName", name, "rpps", "10003456789", "hospital", hospital, "department", department,
                "email", "c.martin@example.org", "phone", "03 27 14 33 33", "initials", "JD", "comment", comment));

        String reference = send().orElseThrow();

        assertThat(textsShown()).as("the referrer's copy").contains(name, hospital, department, comment);
        assertNoMarkupFrom(payloads);
        Referral stored = stored(reference);
        assertThat(List.of(stored.getReferrer().name(), stored.getReferrer().hospital(), stored.getReferrer().department(),
                stored.getComment())).containsExactly(name, hospital, department, comment);

        assertThat(inboxRow(reference)).contains(name + " — " + hospital);
        assertNoMarkupFrom(payloads);

        openInInbox(reference);
        assertThat(textsShown()).contains(name, hospital + " — " + department, comment);
        assertNoMarkupFrom(payloads);

        assertThat(csvRecord(reference)).contains(name, hospital, department).doesNotContain(comment);

        for (Mail mail : mails(reference)) {
            assertThat(mail.parts().html()).as(mail.recipients())
                    .doesNotContain("<script", "<img", "<svg", "<iframe", "<b>");
            assertThat(mail.parts().everything()).as("the comment stays in the inbox").doesNotContain("iframe", "bold");
        }
        Mail central = mails(reference).stream().filter(mail -> mail.recipients().contains("central-contact")).findFirst().orElseThrow();
        assertThat(central.parts().html()).contains("Dr " + token + " &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;",
                "&lt;img src=x onerror=alert(&#39;hospital&#39;)&gt;", "&quot;&gt;&lt;svg onload=alert(&#39;department&#39;)&gt;");
        assertThat(central.parts().plain()).contains(name, hospital, department);
    }

    @Test
    void formulasAreNeutralisedInTheCsvAndShownAsTypedElsewhere() {
        String formula = "=HYPERLINK(\"http://evil.example\";\"click\")";
        String command = "@SUM(1+1)*cmd|' /C calc'!A0";
        String plus = "+33 3 20 44 59 62";
        openForm(Locale.ENGLISH);
        Map<String, String> values = validValuesWith("hospital", formula);
        values.put("department", command);
        values.put("referrerName", "-Dr Minus " + token);
        values.put("phone", plus);
        fill(values);

        String reference = send().orElseThrow();

        assertThat(csvRecord(reference)).contains("'" + formula, "'" + command, "'-Dr Minus " + token, "'" + plus);
        assertThat(inboxRow(reference)).contains("-Dr Minus " + token + " — " + formula);
        openInInbox(reference);
        assertThat(textsShown()).contains(formula + " — " + command, plus);
    }

    @Test
    @SuppressWarnings("unchecked")
    void markupInANoteOrAStatusReasonIsShownAsText() {
        openForm(Locale.ENGLISH);
        fill(validValues());
        String reference = send().orElseThrow();
        String note = "<script>alert('note')</script>";
        String reason = "<img src=x onerror=alert('reason')>";
        openInInbox(reference);

        test(find(TextArea.class).id("note-text")).setValue(note);
        test(find(Button.class).id("note-add")).click();
        test((Select<ReferralStatus>) find(Select.class).id("status-select")).selectItem("Declined by the patient");
        test((Select<fr.chulille.passerelle.referral.ClosingCategory>) find(Select.class).id("closing-category")).selectItem("The patient did not wish to take part");
        test(find(TextArea.class).id("status-reason")).setValue(reason);
        test(find(Button.class).id("status-change")).click();

        assertThat(stored(reference).getStatusReason()).isEqualTo(reason);
        assertThat(textsShown()).anyMatch(text -> text.endsWith("pi.hostile: " + note))
                .anyMatch(text -> text.equals("Declined by the patient — The patient did not wish to take part — " + reason))
                .anyMatch(text -> text.contains("changed the status NEW → DECLINED [PATIENT_DID_NOT_WISH] (" + reason + ")"));
        assertNoMarkupFrom(note, reason);
    }

    @Test
    void markupInTheInboxSearchFindsItLiterallyAndStaysInert() {
        openForm(Locale.ENGLISH);
        fill(validValuesWith("referrerName", name));
        String reference = send().orElseThrow();

        assertThat(inboxRow(name).getFirst()).startsWith(reference);
        assertNoMarkupFrom();
    }
}
