package fr.chulille.passerelle.referral;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Why a referral was closed, from a short list for each closing status (besides the free reason, which
 * only staff see). Anonymous: the screening log counts them and the referrer's status page shows them.
 */
public enum ClosingCategory {
    CRITERIA_NOT_MET(ReferralStatus.NOT_ELIGIBLE),
    DATA_UNAVAILABLE(ReferralStatus.NOT_ELIGIBLE),
    INVESTIGATOR_DECISION(ReferralStatus.NOT_ELIGIBLE),
    PATIENT_DID_NOT_WISH(ReferralStatus.DECLINED),
    PATIENT_CHOSE_OTHER_TREATMENT(ReferralStatus.DECLINED),
    PATIENT_TRAVEL_OR_TIME(ReferralStatus.DECLINED),
    WITHDRAWN_BY_REFERRER(ReferralStatus.WITHDRAWN),
    CONSENT_WITHDRAWN(ReferralStatus.WITHDRAWN),
    CONDITION_CHANGED(ReferralStatus.WITHDRAWN),
    UNREACHABLE(ReferralStatus.CLOSED_OTHER),
    DUPLICATE(ReferralStatus.CLOSED_OTHER),
    NO_PLACE_AVAILABLE(ReferralStatus.CLOSED_OTHER),
    OTHER_REASON(ReferralStatus.CLOSED_OTHER);

    private final ReferralStatus status;

    ClosingCategory(ReferralStatus status) {
        this.status = status;
    }

    /** The closing status this category belongs to. */
    public ReferralStatus status() {
        return status;
    }

    /** The categories offered for a closing status, in this order; none for a status that does not close. */
    public static List<ClosingCategory> of(ReferralStatus status) {
        return Arrays.stream(values()).filter(category -> category.status == status).toList();
    }

    /** Whether the failed criteria are asked for (and at least one required). */
    public boolean needsCriteria() {
        return this == CRITERIA_NOT_MET;
    }

    public String messageKey() {
        return "referral.closing." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
