package fr.chulille.passerelle.referral;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The referral as its referrer follows it: the private links to its status page, and what that page
 * and the follow-up mails may show. A link is a random token of 32 bytes (256 bits, base64url); only
 * its SHA-256 is stored, so every mail that carries the link issues a new one. A link is valid until the
 * referral is closed (a closing status or enrolled) plus {@code passerelle.retention.status-link}, and
 * never after the referral was erased.
 */
@Service
@Transactional
public class ReferrerFollowUp {

    /** The path of the status page; the token follows it. */
    public static final String STATUS_PATH = "status";
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReferralRepository referrals;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration validAfterClosing;

    ReferrerFollowUp(ReferralRepository referrals, JdbcTemplate jdbc, JsonMapper json, Clock clock,
                     @Value("${passerelle.retention.status-link:30d}") Duration validAfterClosing) {
        this.referrals = referrals;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.validAfterClosing = validAfterClosing;
    }

    /**
     * A new token for the referral's status page, committed on its own: a mail that carries it may be
     * sent before the transaction that asked for it ends.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String issueLink(UUID referralId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("INSERT INTO status_link (id, referral_id, token_hash, created_at) VALUES (?, ?, ?, ?)",
                UUID.randomUUID(), referralId, hash(token), Timestamp.from(clock.instant()));
        return token;
    }

    /** The referral a token opens, if the token was ever issued (expired or not: the page says which). */
    @Transactional(readOnly = true)
    public Optional<ReferralForReferrer> byToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        List<UUID> ids = jdbc.queryForList("SELECT referral_id FROM status_link WHERE token_hash = ?", UUID.class, hash(token));
        return ids.isEmpty() ? Optional.empty() : referrals.findById(ids.getFirst()).map(this::forReferrer);
    }

    /** What the follow-up mails need: the reference, the referrer's address and language; empty once erased. */
    @Transactional(readOnly = true)
    public Optional<ReferrerContact> contact(UUID referralId) {
        return referrals.findById(referralId).filter(r -> !r.isErased())
                .map(r -> new ReferrerContact(r.getId(), r.getReference(), r.getReferrer().email(), r.getFormLanguage(),
                        r.getStatus()));
    }

    /** The reference of a referral held or erased, for mails and logs. */
    public record ReferrerContact(UUID referralId, String reference, String email, String formLanguage,
                                  ReferralStatus status) {
    }

    /** When the links of a referral in this status, changed then, expire; null while it is open. */
    public Instant linkExpiry(ReferralStatus status, Instant statusChangedAt) {
        return isClosed(status) ? statusChangedAt.plus(validAfterClosing) : null;
    }

    static boolean isClosed(ReferralStatus status) {
        return status.needsReason() || status == ReferralStatus.ENROLLED;
    }

    private ReferralForReferrer forReferrer(Referral referral) {
        Instant expiry = linkExpiry(referral.getStatus(), referral.getStatusChangedAt());
        boolean expired = referral.isErased() || (expiry != null && !clock.instant().isBefore(expiry));
        return new ReferralForReferrer(referral.getId(), referral.getReference(), referral.getSubmittedAt(),
                referral.getFormLanguage(), referral.getStatus(), referral.statusHistory(),
                sentPreCheck(referral), expired, referral.closingCategory().orElse(null));
    }

    private ReferralForReferrer.SentPreCheck sentPreCheck(Referral referral) {
        List<ReferralForReferrer.SentCriterion> criteria = new ArrayList<>();
        String version = referral.getCriteriaVersion();
        if (referral.getPrecheckJson() != null) {
            try {
                JsonNode root = json.readTree(referral.getPrecheckJson());
                for (JsonNode criterion : root.path("criteria")) {
                    criteria.add(new ReferralForReferrer.SentCriterion(criterion.path("id").asString(),
                            criterion.path("kind").asString(), criterion.path("outcome").asString()));
                }
            } catch (RuntimeException unreadable) {
                criteria.clear();
            }
        }
        return new ReferralForReferrer.SentPreCheck(referral.getAdvice(), version, List.copyOf(criteria));
    }

    /** The SHA-256 of a token, in hexadecimal: what the database holds. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
