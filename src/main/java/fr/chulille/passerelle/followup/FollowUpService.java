package fr.chulille.passerelle.followup;

import fr.chulille.passerelle.referral.ReferralForReferrer;
import fr.chulille.passerelle.referral.ReferrerFollowUp;
import fr.chulille.passerelle.trial.Trial;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** The referrer's status page: opened by its private link, without a login. */
@Service
@Transactional
class FollowUpService {

    private final ReferrerFollowUp referrals;
    private final StatusLinkThrottle throttle;
    private final ReferrerMessages messages;

    FollowUpService(ReferrerFollowUp referrals, StatusLinkThrottle throttle, ReferrerMessages messages) {
        this.referrals = referrals;
        this.throttle = throttle;
        this.messages = messages;
    }

    /** The page for a token, from a client (its address): an unknown token counts against the client. */
    @Transactional(readOnly = true)
    StatusPage open(String token, String client) {
        if (throttle.isBlocked(client)) {
            return new StatusPage.Throttled();
        }
        Optional<ReferralForReferrer> found = referrals.byToken(token);
        if (found.isEmpty()) {
            throttle.recordFailure(client);
            return new StatusPage.Unknown();
        }
        if (found.get().expired()) {
            return new StatusPage.Expired();
        }
        return new StatusPage.Shown(found.get(), messages.thread(found.get().id()));
    }

    /**
     * The referrer's answer, on a page opened with this token: refused (the page as it is) unless the link
     * still works; the text is checked as the form's ({@link ReferrerMessages#isValid}).
     */
    StatusPage reply(String token, String client, String text) {
        StatusPage page = open(token, client);
        if (page instanceof StatusPage.Shown shown) {
            messages.replyFromReferrer(shown.referral().id(), text);
            return open(token, client);
        }
        return page;
    }

    Trial trial() {
        return Trial.NCT06649227;
    }
}
