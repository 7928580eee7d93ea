package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.ReferralStatus;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import fr.chulille.passerelle.i18n.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the inbox shows: every filter is optional; the text matches reference, referrer, hospital or initials;
 * {@code from} and {@code to} bound the submission date (French dates, inclusive), as the screening log's period.
 */
record InboxFilter(ReferralStatus status, String advice, String text, LocalDate from, LocalDate to) {

    InboxFilter(ReferralStatus status, String advice, String text) {
        this(status, advice, text, null, null);
    }

    /** The longest column searched (referrer and hospital names): a longer text cannot match. */
    static final int MAX_TEXT_LENGTH = 200;

    static InboxFilter none() {
        return new InboxFilter(null, null, null);
    }

    Specification<Referral> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            ZoneId zone = ZoneId.of(Messages.TRIAL_TIME_ZONE);
            if (from != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.<Instant>get("submittedAt"), from.atStartOfDay(zone).toInstant()));
            }
            if (to != null) {
                predicates.add(cb.lessThan(root.<Instant>get("submittedAt"), to.plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (advice != null && !advice.isBlank()) {
                predicates.add(cb.equal(root.get("advice"), advice));
            }
            if (text != null && !text.isBlank()) {
                String pattern = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("reference")), pattern, '\\'),
                        cb.like(cb.lower(root.get("referrer").get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("referrer").get("hospital")), pattern, '\\'),
                        cb.like(cb.lower(root.get("patient").get("initials")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** % and _ typed by staff are searched for literally. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
