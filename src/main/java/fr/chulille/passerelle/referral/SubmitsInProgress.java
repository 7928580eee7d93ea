package fr.chulille.passerelle.referral;

import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * For background work that should not compete with referrers who are sending a referral (the mail, issue 17):
 * waits until no submit is being stored nor waiting for its turn ({@link SubmitAdmission}), for a bounded time.
 */
@Component
public class SubmitsInProgress {

    private final SubmitAdmission admission;

    SubmitsInProgress(SubmitAdmission admission) {
        this.admission = admission;
    }

    /**
     * @return true once no submit is inside nor waiting; false if some still are after {@code max}
     */
    public boolean awaitNone(Duration max) throws InterruptedException {
        return admission.awaitQuiet(max);
    }
}
