package fr.chulille.passerelle.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The referring physician, as typed in the form. */
@Embeddable
public record Referrer(
        @Column(name = "referrer_name") String name,
        @Column(name = "referrer_rpps") String rpps,
        @Column(name = "referrer_hospital") String hospital,
        @Column(name = "referrer_department") String department,
        @Column(name = "referrer_email") String email,
        @Column(name = "referrer_phone") String phone) {
}
