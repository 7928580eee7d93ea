package fr.chulille.passerelle.demo;

import fr.chulille.passerelle.followup.ReferrerMessages;
import fr.chulille.passerelle.referral.Closing;
import fr.chulille.passerelle.referral.ClosingCategory;
import java.util.Set;

import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.Sex;
import fr.chulille.passerelle.inbox.InboxService;
import fr.chulille.passerelle.referral.ReferralService;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.ReferralSubmission;
import fr.chulille.passerelle.referral.SubmittedReferral;
import fr.chulille.passerelle.security.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Six clearly fictional referrals for the demo inbox (default profile only, see {@link DemoInboxSeeding}):
 * "Dr … Exemple" of the "Hôpital de démonstration", patients "ZZ", example.org addresses. They go through
 * the real services — the referral service (reference, pre-check, status history, the "received" mails to
 * the embedded SMTP server) and the inbox service (status changes, notes, audit lines, as the demo
 * investigator {@value #ACTOR}) — and are then backdated by plain SQL over the rows each step wrote, so
 * that the triage time and the screening log have a history to show.
 */
class DemoInbox {

    static final String ACTOR = "pi.demo";
    static final String HOSPITAL = "Hôpital de démonstration";
    private static final Logger log = LoggerFactory.getLogger(DemoInbox.class);

    private final ReferralService referrals;
    private final InboxService inbox;
    private final ReferrerMessages referrerMessages;
    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;

    DemoInbox(ReferralService referrals, InboxService inbox, ReferrerMessages referrerMessages, JdbcTemplate jdbc,
              SecurityContextHolderStrategy securityContext, Clock clock) {
        this.referrerMessages = referrerMessages;
        this.referrals = referrals;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    /** Seeds the demo referrals if the database holds no referral at all; returns whether it did. */
    boolean seedIfEmpty() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM referral", Long.class);
        if (count == null || count > 0) {
            return false;
        }
        SecurityContext before = securityContext.getContext();
        SecurityContext demo = securityContext.createEmptyContext();
        demo.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + StaffRole.INVESTIGATOR_ROLE))));
        securityContext.setContext(demo);
        try {
            seed(clock.instant().minus(Duration.ofMinutes(5)));
        } catch (RuntimeException e) {
            // a demo aid: never a reason for the portal not to start
            log.warn("Demo inbox: seeding stopped part-way", e);
            return false;
        } finally {
            securityContext.setContext(before);
        }
        log.info("Demo inbox: 6 fictional referrals seeded (default profile; PASSERELLE_DEMO_DATA=false to leave them out)");
        return true;
    }

    private void seed(Instant now) {
        Duration day = Duration.ofDays(1);
        Duration hour = Duration.ofHours(1);

        // 1. sent this morning, nobody has looked at it yet
        new Story(submit("Dr Alice Exemple", "alice.exemple@example.org", "fr", facts(1968, Sex.FEMALE),
                "Adressage fictif de démonstration."), now.minus(hour.multipliedBy(2)));

        // 2. reviewed within the hour
        Story reviewed = new Story(submit("Dr Bruno Exemple", "bruno.exemple@example.org", "fr", facts(1975, Sex.MALE),
                "Adressage fictif de démonstration."), now.minus(day.multipliedBy(3)));
        reviewed.open(Duration.ofMinutes(40));
        reviewed.status(Duration.ofMinutes(55), ReferralStatus.IN_REVIEW, null);
        reviewed.note(hour, "Note de démonstration : dossier à compléter, appeler le Dr Exemple (fictif).");

        // 3. in screening
        Story screening = new Story(submit("Dr Chloé Exemple", "chloe.exemple@example.org", "en", facts(1981, Sex.FEMALE),
                "Fictitious referral for the demo."), now.minus(day.multipliedBy(20)));
        screening.open(hour.multipliedBy(20));
        screening.status(day.plus(hour.multipliedBy(2)), ReferralStatus.IN_REVIEW, null);
        screening.status(day.multipliedBy(3), ReferralStatus.CONTACTED, null);
        screening.note(day.multipliedBy(3).plus(hour), "Note de démonstration : rendez-vous de pré-inclusion fixé (fictif).");
        screening.status(day.multipliedBy(8), ReferralStatus.SCREENING, null);

        // 4. enrolled
        Story enrolled = new Story(submit("Dr Denis Exemple", "denis.exemple@example.org", "fr", facts(1972, Sex.MALE),
                "Adressage fictif de démonstration."), now.minus(day.multipliedBy(45)));
        enrolled.open(hour.multipliedBy(3));
        enrolled.status(hour.multipliedBy(4), ReferralStatus.IN_REVIEW, null);
        enrolled.status(day.multipliedBy(2), ReferralStatus.CONTACTED, null);
        enrolled.status(day.multipliedBy(6), ReferralStatus.SCREENING, null);
        enrolled.status(day.multipliedBy(20), ReferralStatus.ENROLLED, null);
        enrolled.note(day.multipliedBy(20).plus(hour), "Note de démonstration : inclusion confirmée (fictive).");

        // 5. not eligible, the pre-check had said so (platelets far below the trial's threshold)
        Story notEligible = new Story(submit("Dr Élise Exemple", "elise.exemple@example.org", "fr",
                facts(1964, Sex.FEMALE).toBuilder().platelets(Measurement.of("12000", CellCountUnit.PER_MICROLITRE)).build(),
                "Adressage fictif de démonstration."), now.minus(day.multipliedBy(30)));
        notEligible.open(Duration.ofMinutes(25));
        notEligible.status(Duration.ofMinutes(30), ReferralStatus.IN_REVIEW, null);
        notEligible.status(day, ReferralStatus.NOT_ELIGIBLE, "Démonstration : critère non rempli d’après le pré-contrôle (fictif).",
                new Closing(ClosingCategory.CRITERIA_NOT_MET, Set.of("INC-09")));

        // 6. declined by the patient, after a slow first look
        Story declined = new Story(submit("Dr Fabien Exemple", "fabien.exemple@example.org", "en", facts(1958, Sex.MALE),
                "Fictitious referral for the demo."), now.minus(day.multipliedBy(60)));
        declined.open(day.multipliedBy(2));
        declined.status(day.multipliedBy(2).plus(hour), ReferralStatus.IN_REVIEW, null);
        declined.status(day.multipliedBy(5), ReferralStatus.CONTACTED, null);
        declined.note(day.multipliedBy(5).plus(hour), "Note de démonstration : le patient réfléchit (fictif).");
        declined.status(day.multipliedBy(9), ReferralStatus.DECLINED, "Démonstration : le patient préfère ne pas participer (fictif).",
                Closing.of(ClosingCategory.PATIENT_DID_NOT_WISH));

        // a message from the team to the referrer and their answer, still unread in the inbox
        screening.message(day.multipliedBy(8).plus(hour), "Demo message: could you send the flow cytometry report? (fictitious)");
        screening.reply(day.multipliedBy(9), "Demo answer: sent by secure mail this morning (fictitious).");
    }

    private static ClinicalFacts facts(int birthYear, Sex sex) {
        return ClinicalFacts.builder().birthYear(birthYear).sex(sex).build();
    }

    private SubmittedReferral submit(String name, String email, String language, ClinicalFacts facts, String comment) {
        return referrals.submit(new ReferralSubmission(UUID.randomUUID(), language, fictionalReferrer(name, email),
                "ZZ", facts, Map.of(), comment, true));
    }

    /** A fictional referrer of the "Hôpital de démonstration", as every demo and AOT-training referral names. */
    static ReferralSubmission.ReferrerIdentity fictionalReferrer(String name, String email) {
        return new ReferralSubmission.ReferrerIdentity(name, "00000000000", HOSPITAL, "Hématologie (démonstration)",
                email, "+33 3 00 00 00 00");
    }

    /** One referral's history: each step runs through the services now, then its rows are moved to its date. */
    private final class Story {

        private final UUID id;
        private final Instant submittedAt;

        Story(SubmittedReferral referral, Instant submittedAt) {
            this.id = referral.id();
            this.submittedAt = submittedAt;
            Instant written = stepStart();
            jdbc.update("UPDATE referral SET submitted_at = ?, status_changed_at = ? WHERE id = ?",
                    at(submittedAt), at(submittedAt), id);
            backdate(written, submittedAt);
        }

        void open(Duration after) {
            Instant written = stepStart();
            inbox.open(id);
            Instant at = submittedAt.plus(after);
            jdbc.update("UPDATE referral SET first_seen_at = ? WHERE id = ?", at(at), id);
            backdate(written, at);
        }

        void status(Duration after, ReferralStatus status, String reason) {
            status(after, status, reason, null);
        }

        void status(Duration after, ReferralStatus status, String reason, Closing closing) {
            Instant written = stepStart();
            inbox.changeStatus(id, status, reason, closing);
            Instant at = submittedAt.plus(after);
            jdbc.update("UPDATE referral SET status_changed_at = ? WHERE id = ?", at(at), id);
            backdate(written, at);
        }

        void message(Duration after, String text) {
            Instant written = stepStart();
            inbox.writeToReferrer(id, text);
            backdate(written, submittedAt.plus(after));
        }

        void reply(Duration after, String text) {
            Instant written = stepStart();
            referrerMessages.replyFromReferrer(id, text);
            backdate(written, submittedAt.plus(after));
        }

        void note(Duration after, String text) {
            Instant written = stepStart();
            inbox.addNote(id, text);
            backdate(written, submittedAt.plus(after));
        }

        /** Just before a step: every row of this referral written from here on belongs to it. */
        private Instant stepStart() {
            return clock.instant().minusSeconds(1);
        }

        private void backdate(Instant writtenFrom, Instant at) {
            jdbc.update("UPDATE referral_status_change SET changed_at = ? WHERE referral_id = ? AND changed_at >= ?",
                    at(at), id, at(writtenFrom));
            jdbc.update("UPDATE audit_entry SET at = ? WHERE referral_id = ? AND at >= ?", at(at), id, at(writtenFrom));
            jdbc.update("UPDATE referral_note SET written_at = ? WHERE referral_id = ? AND written_at >= ?",
                    at(at), id, at(writtenFrom));
            jdbc.update("UPDATE referral_message SET written_at = ? WHERE referral_id = ? AND written_at >= ?",
                    at(at), id, at(writtenFrom));
        }

        private static java.time.OffsetDateTime at(Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
    }
}
