package fr.chulille.passerelle.referral;

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
 * Which referrals to read through {@link ReferralRecords}: every part is optional; {@code text} matches
 * reference, referrer, hospital or initials (case-insensitive; % and _ are searched for literally).
 *
 * @param advice an advice kind ({@code AdviceKind} name)
 * @param from   first day of submission (French date, inclusive), or null
 * @param to     last day of submission (French date, inclusive), or null
 */
public record ReferralQuery(ReferralStatus status, String advice, String text, LocalDate from, LocalDate to) {

    public ReferralQuery(ReferralStatus status, String advice, String text) {
        this(status, advice, text, null, null);
    }

    public static ReferralQuery all() {
        return new ReferralQuery(null, null, null);
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
