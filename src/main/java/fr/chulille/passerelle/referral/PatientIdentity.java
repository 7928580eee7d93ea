package fr.chulille.passerelle.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Pseudonymised patient: initials, birth year and sex; never a name or a full birth date. */
@Embeddable
public record PatientIdentity(
        @Column(name = "patient_initials") String initials,
        @Column(name = "patient_birth_year") Integer birthYear,
        @Column(name = "patient_sex") String sex) {
}
