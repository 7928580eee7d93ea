package fr.chulille.passerelle.referral;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code referral_status_change}, written only through {@link Referral}. */
@Entity
@Table(name = "referral_status_change")
class StatusChangeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ReferralStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private ReferralStatus toStatus;
    private Instant changedAt;

    protected StatusChangeEntry() {
    }

    StatusChangeEntry(ReferralStatus from, ReferralStatus to, Instant at) {
        this.fromStatus = from;
        this.toStatus = to;
        this.changedAt = at;
    }

    StatusChange toRecord() {
        return new StatusChange(fromStatus, toStatus, changedAt);
    }
}
