package fr.chulille.passerelle.recruitment;

import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.trial.RecruitmentStatus;
import fr.chulille.passerelle.trial.Trial;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * What the portal says about recruitment: the state staff set in the inbox (open, paused or closed,
 * an optional number of places they typed, who set it and when), or, until they set one, the status
 * of the trial's public record as of the record's date. Never a count of referrals.
 *
 * @param state       the state staff set; {@code null} until they set one
 * @param placesLeft  the places left as staff typed them; {@code null} when they gave no number
 * @param setBy       the staff member who set the state; {@code null} for the record's status
 * @param setAt       when the state was set; {@code null} for the record's status
 */
public record RecruitmentNotice(
        RecruitmentState state,
        Integer placesLeft,
        String setBy,
        Instant setAt,
        RecruitmentStatus recordStatus,
        LocalDate recordDate) {

    /** The trial runs in Lille: "updated on" is the French calendar day. */
    static final ZoneId TRIAL_ZONE = ZoneId.of(Messages.TRIAL_TIME_ZONE);
    /** The value of the {@code state} argument when staff have set nothing yet. */
    public static final String FROM_RECORD = "RECORD";

    static RecruitmentNotice fromRecord(Trial trial) {
        return new RecruitmentNotice(null, null, null, null, trial.status(), trial.recordLastUpdated());
    }

    static RecruitmentNotice setByStaff(RecruitmentState state, Integer placesLeft, String setBy, Instant setAt) {
        Trial trial = Trial.NCT06649227;
        return new RecruitmentNotice(state, placesLeft, setBy, setAt, trial.status(), trial.recordLastUpdated());
    }

    public boolean setByStaff() {
        return state != null;
    }

    /** Paused or closed by staff: the referral form says so at its top (and still sends referrals). */
    public boolean referralsPaused() {
        return state == RecruitmentState.PAUSED || state == RecruitmentState.CLOSED;
    }

    /** The day shown as "updated on": the French day staff set the state, else the record's last update. */
    public LocalDate updatedOn() {
        return setByStaff() ? setAt.atZone(TRIAL_ZONE).toLocalDate() : recordDate;
    }

    /**
     * The named arguments of the {@code recruitment.*} messages: {@code state} (OPEN, PAUSED, CLOSED or
     * {@value #FROM_RECORD}), {@code status} (the record's), {@code date} (the day of {@link #updatedOn()}),
     * {@code recordDate}, {@code placesKnown} ({@code yes}/{@code no}) and {@code places}.
     */
    public Map<String, Object> arguments() {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("state", setByStaff() ? state.name() : FROM_RECORD);
        arguments.put("status", recordStatus.name());
        arguments.put("date", noonUtc(updatedOn()));
        arguments.put("recordDate", noonUtc(recordDate));
        arguments.put("placesKnown", placesLeft == null ? "no" : "yes");
        arguments.put("places", placesLeft == null ? 0 : placesLeft);
        return arguments;
    }

    /** ICU formats a Date in the JVM's zone: noon UTC is the same calendar day from Hawaii to Kiribati. */
    static Date noonUtc(LocalDate date) {
        return Date.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
