package fr.chulille.passerelle.recruitment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One setting of the recruitment state by a staff member. Append-only: the newest row is the current state. */
@Entity
class RecruitmentUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private RecruitmentState state;
    private Integer placesLeft;
    private String setBy;
    private Instant setAt;

    protected RecruitmentUpdate() {
    }

    RecruitmentUpdate(RecruitmentState state, Integer placesLeft, String setBy, Instant setAt) {
        this.state = state;
        this.placesLeft = placesLeft;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    RecruitmentNotice notice() {
        return RecruitmentNotice.setByStaff(state, placesLeft, setBy, setAt);
    }
}
