package fr.chulille.passerelle.followup;

import fr.chulille.passerelle.referral.FreeText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The thread of messages between the trial team and a referral's referrer (table {@code referral_message}).
 * Free text is checked as the form's comment is (no control characters, at most {@value #MAX_LENGTH}
 * characters); the mails that announce a message never carry its text. The inbox audits staff's messages;
 * the referrer's replies are audited here (actor {@value #REFERRER_ACTOR}), in the same table.
 */
@Service
@Transactional
public class ReferrerMessages {

    public static final int MAX_LENGTH = 2000;
    static final String REFERRER_ACTOR = "referrer";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferrerMessages(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The thread, oldest first; a referrer's reply not yet seen by staff is unread. */
    @Transactional(readOnly = true)
    public List<ThreadMessage> thread(UUID referralId) {
        return jdbc.query("SELECT id, author, text, written_at, read_at FROM referral_message WHERE referral_id = ? ORDER BY written_at, id",
                (rs, i) -> new ThreadMessage(rs.getObject("id", UUID.class), MessageAuthor.valueOf(rs.getString("author")),
                        rs.getString("text"), rs.getTimestamp("written_at").toInstant(),
                        MessageAuthor.valueOf(rs.getString("author")) == MessageAuthor.REFERRER && rs.getTimestamp("read_at") == null),
                referralId);
    }

    /** Marks the referrer's replies read; returns how many were unread. */
    public int markRepliesRead(UUID referralId) {
        return jdbc.update("UPDATE referral_message SET read_at = ? WHERE referral_id = ? AND author = 'REFERRER' AND read_at IS NULL",
                Timestamp.from(clock.instant()), referralId);
    }

    /** Staff's message to the referrer, announced by a mail without its text. The caller audits it. */
    public UUID writeToReferrer(UUID referralId, String staffMember, String text) {
        String clean = checked(text);
        UUID id = insert(referralId, MessageAuthor.STAFF, staffMember, clean);
        events.publishEvent(new MessageForReferrer(id, referralId));
        return id;
    }

    /** The referrer's answer (from the status page): audited, unread for staff, announced to the central contact. */
    /** The referrer's answer (from the status page, or the demo inbox's seed). */
    public UUID replyFromReferrer(UUID referralId, String text) {
        String clean = checked(text);
        UUID id = insert(referralId, MessageAuthor.REFERRER, null, clean);
        jdbc.update("INSERT INTO audit_entry (id, referral_id, actor, action, detail, at) VALUES (?, ?, ?, 'REFERRER_REPLY', ?, ?)",
                UUID.randomUUID(), referralId, REFERRER_ACTOR, clean.length() + " characters", Timestamp.from(clock.instant()));
        events.publishEvent(new ReplyFromReferrer(id, referralId));
        return id;
    }

    /** Whether a message's text is acceptable: 1 to 2000 characters, no control characters. */
    public static boolean isValid(String text) {
        String clean = text == null ? "" : text.strip();
        return !clean.isEmpty() && clean.length() <= MAX_LENGTH && FreeText.isValidLines(clean);
    }

    private static String checked(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("A message holds 1 to " + MAX_LENGTH + " characters, without control characters");
        }
        return text.strip();
    }

    private UUID insert(UUID referralId, MessageAuthor author, String staffMember, String text) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO referral_message (id, referral_id, author, staff_author, text, written_at) VALUES (?, ?, ?, ?, ?, ?)",
                id, referralId, author.name(), staffMember, text, Timestamp.from(clock.instant()));
        return id;
    }
}
