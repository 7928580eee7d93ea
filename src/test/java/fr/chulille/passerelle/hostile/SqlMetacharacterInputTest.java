package fr.chulille.passerelle.hostile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL metacharacters in every text field and in the inbox search: quotes, comment marks, statement
 * separators, LIKE wildcards (% and _) and backslashes are stored and shown verbatim, and the search
 * reads % _ and \ as themselves (the query escapes them), not as wildcards.
 */
class SqlMetacharacterInputTest extends ReferralJourney {

    final String token = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void metacharactersAreStoredAndShownVerbatimEverywhere() {
        String name = "O'Brien'; DROP TABLE referral; -- " + token;
        String hospital = "CH 100% _sûr_ \\ \"quoted\"";
        String department = "Hémato' OR '1'='1";
        String comment = "'); DELETE FROM referral_note; --\n%_\\";
        String email = "o'brien@example.org";
        openForm(Locale.ENGLISH);
        fill(Map.of("referrerName", name, "rpps", "10003456789", "hospital", hospital, "department", department,
                "email", email, "phone", "03 27 14 33 33", "initials", "OB", "comment", comment));
        long before = referrals.count();

        String reference = send().orElseThrow();

        assertThat(referrals.count()).as("the table is still there, one row more").isEqualTo(before + 1);
        Referral stored = stored(reference);
        assertThat(List.of(stored.getReferrer().name(), stored.getReferrer().hospital(), stored.getReferrer().department(),
                stored.getReferrer().email(), stored.getComment())).containsExactly(name, hospital, department, email, comment);
        assertThat(inboxRow(name)).contains(name + " — " + hospital);
        openInInbox(reference);
        assertThat(textsShown()).contains(name, hospital + " — " + department, email, comment);
        assertThat(csvRecord(reference)).contains(name, hospital, department, email);
        List<Mail> mails = mails(reference);
        assertThat(mails).anySatisfy(mail -> assertThat(mail.recipients()).contains(email));
        assertThat(mails).anySatisfy(mail -> {
            assertThat(mail.parts().plain()).contains(name, hospital, department);
            assertThat(mail.parts().html()).contains("O&#39;Brien&#39;; DROP TABLE referral; -- " + token,
                    "CH 100% _sûr_ \\ &quot;quoted&quot;");
        });
    }

    @Test
    void theSearchReadsPercentUnderscoreBackslashAndQuoteAsThemselves() {
        store("Dr Rate 50% " + token, "Dr Rate 50 and more " + token,
                "Dr Under_score " + token, "Dr UnderXscore " + token,
                "Dr Back\\slash " + token, "Dr Backslash " + token,
                "Dr O'Hara " + token, "Dr OHara " + token);

        assertThat(referrersFound("50% " + token)).containsExactly("Dr Rate 50% " + token);
        assertThat(referrersFound("Under_score " + token)).containsExactly("Dr Under_score " + token);
        assertThat(referrersFound("Back\\slash " + token)).containsExactly("Dr Back\\slash " + token);
        assertThat(referrersFound("O'Hara " + token)).containsExactly("Dr O'Hara " + token);
        assertThat(referrersFound("%" + token)).isEmpty();
        assertThat(referrersFound("' OR '1'='1")).isEmpty();
        assertThat(referrersFound(token)).hasSize(8);
    }

    @Test
    void metacharactersInANoteAreKeptVerbatim() {
        openForm(Locale.ENGLISH);
        fill(validValues());
        String reference = send().orElseThrow();
        openInInbox(reference);
        String note = "'; DROP TABLE referral_note; -- 100% _sure_ \\ " + token;

        addNote(note);
        addNote("Second note " + token);

        assertThat(textsShown()).anyMatch(text -> text.endsWith("pi.hostile: " + note))
                .anyMatch(text -> text.endsWith("pi.hostile: Second note " + token));
    }

    private void store(String... referrerNames) {
        for (String name : referrerNames) {
            TestReferrals.submit(transactions, referrals, events, TestReferrals.referral(name, "doc@hopital.example", "fr"));
        }
    }

    /** The referrer names of the inbox rows the search finds. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<String> referrersFound(String search) {
        openInbox(search);
        Grid grid = find(Grid.class).single();
        return IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getCellText(row, 2).replace(" — CH de Test", "")).toList();
    }

    private void addNote(String text) {
        test(find(TextArea.class).id("note-text")).setValue(text);
        test(find(Button.class).id("note-add")).click();
    }
}
