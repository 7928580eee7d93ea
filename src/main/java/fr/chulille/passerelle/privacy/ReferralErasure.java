package fr.chulille.passerelle.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Erases one referral everywhere the portal keeps something about it, in plain SQL over the tables of
 * the referral, inbox and notification features and Spring Modulith's event publications: the
 * referrer's details, the patient's initials, birth year and sex, the clinical facts, the pre-check,
 * the comment and the closing reason become NULL; its notes, mail records, status-page links, messages and event publications
 * are deleted; its audit entries lose their detail (which may quote a reason) but keep who did what and
 * when. What is left: reference, dates, status, advice kind, criteria version and the erasure category.
 * Idempotent: erasing twice changes nothing more.
 */
@Component
public class ReferralErasure {

    private final JdbcTemplate jdbc;

    ReferralErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the referral was held until now (false if unknown or already erased) */
    @Transactional
    public boolean erase(UUID referralId, RetentionCategory category, Instant at) {
        int referrals = jdbc.update("""
                UPDATE referral SET referrer_name = NULL, referrer_rpps = NULL, referrer_hospital = NULL,
                    referrer_department = NULL, referrer_email = NULL, referrer_phone = NULL,
                    patient_initials = NULL, patient_birth_year = NULL, patient_sex = NULL,
                    comment_text = NULL, clinical_facts_json = NULL, precheck_json = NULL, status_reason = NULL,
                    erased_at = ?, erasure_category = ?, version = version + 1
                WHERE id = ? AND erased_at IS NULL""", timestamp(at), category.name(), referralId);
        jdbc.update("DELETE FROM referral_note WHERE referral_id = ?", referralId);
        jdbc.update("DELETE FROM referral_mail WHERE referral_id = ?", referralId);
        // the referrer's status page: its links stop working at once
        jdbc.update("DELETE FROM status_link WHERE referral_id = ?", referralId);
        jdbc.update("DELETE FROM referral_message WHERE referral_id = ?", referralId);
        jdbc.update("UPDATE audit_entry SET detail = NULL WHERE referral_id = ? AND detail IS NOT NULL", referralId);
        // the event carries the referral's id only (ReferralSubmitted), as JSON
        String event = "%" + referralId + "%";
        jdbc.update("DELETE FROM event_publication WHERE serialized_event LIKE ?", event);
        jdbc.update("DELETE FROM event_publication_archive WHERE serialized_event LIKE ?", event);
        return referrals == 1;
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
