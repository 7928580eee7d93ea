package fr.chulille.passerelle.recruitment;

import fr.chulille.passerelle.security.StaffRole;
import fr.chulille.passerelle.trial.Trial;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The recruitment state: read by anyone (public pages, referral form), set by logged-in staff only.
 * Every setting is kept (who, when) and published as {@link RecruitmentChanged} for the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class Recruitment {

    /** Staff type the places left; a larger number is a typing slip. */
    public static final int MAX_PLACES = 99;

    private final RecruitmentUpdateRepository updates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContext;

    Recruitment(RecruitmentUpdateRepository updates, ApplicationEventPublisher events, Clock clock,
                SecurityContextHolderStrategy securityContext) {
        this.updates = updates;
        this.events = events;
        this.clock = clock;
        this.securityContext = securityContext;
    }

    /** The state staff set last, or the record's status until they set one. */
    public RecruitmentNotice current() {
        return updates.findFirstByOrderByIdDesc().map(RecruitmentUpdate::notice)
                .orElseGet(() -> RecruitmentNotice.fromRecord(Trial.NCT06649227));
    }

    /** The last settings, newest first (at most 10), for staff. */
    @RolesAllowed({StaffRole.INVESTIGATOR_ROLE, StaffRole.COORDINATOR_ROLE})
    public List<RecruitmentNotice> history() {
        return updates.findTop10ByOrderByIdDesc().stream().map(RecruitmentUpdate::notice).toList();
    }

    /**
     * Sets the state shown on the public pages, as the logged-in staff member, now.
     *
     * @param placesLeft the places left as the team knows them, or {@code null} to show no number
     * @throws IllegalArgumentException if the places contradict the state (see {@link #problem})
     */
    @Transactional
    @RolesAllowed({StaffRole.INVESTIGATOR_ROLE, StaffRole.COORDINATOR_ROLE})
    public RecruitmentNotice set(RecruitmentState state, Integer placesLeft) {
        Problem problem = problem(state, placesLeft);
        if (problem != null) {
            throw new IllegalArgumentException("Recruitment state refused: " + problem);
        }
        RecruitmentNotice before = current();
        RecruitmentNotice after = updates.save(new RecruitmentUpdate(state, placesLeft, currentUser(),
                // as precise as both databases store it: the notice returned equals the one read back
                clock.instant().truncatedTo(ChronoUnit.MICROS))).notice();
        events.publishEvent(new RecruitmentChanged(before, after));
        return after;
    }

    /** Why a state and a number of places cannot be shown together, or {@code null} if they can. */
    public static Problem problem(RecruitmentState state, Integer placesLeft) {
        if (state == null) {
            return Problem.NO_STATE;
        }
        if (placesLeft == null) {
            return null;
        }
        if (placesLeft < 0 || placesLeft > MAX_PLACES) {
            return Problem.PLACES_OUT_OF_RANGE;
        }
        if (state == RecruitmentState.CLOSED) {
            return Problem.PLACES_WHEN_CLOSED;
        }
        if (state == RecruitmentState.OPEN && placesLeft == 0) {
            // "open" beside "no place left" is the contradiction the public page must never show
            return Problem.NO_PLACE_WHEN_OPEN;
        }
        return null;
    }

    public enum Problem {
        NO_STATE, PLACES_OUT_OF_RANGE, PLACES_WHEN_CLOSED, NO_PLACE_WHEN_OPEN;

        /** e.g. {@code recruitment.staff.problem.places-when-closed} */
        public String messageKey() {
            return "recruitment.staff.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private String currentUser() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No logged-in staff member");
        }
        return authentication.getName();
    }
}
