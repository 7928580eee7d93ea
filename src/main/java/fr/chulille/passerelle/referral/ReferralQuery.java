package fr.chulille.passerelle.referral;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which referrals to read through {@link ReferralRecords}: every part is optional; {@code text} matches
 * reference, referrer, hospital or initials (case-insensitive; % and _ are searched for literally).
 *
 * @param advice an advice kind ({@code AdviceKind} name)
 */
public record ReferralQuery(ReferralStatus status, String advice, String text) {

    public static ReferralQuery all() {
        return new ReferralQuery(null, null, null);
    }

    Specification<Referral> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
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
