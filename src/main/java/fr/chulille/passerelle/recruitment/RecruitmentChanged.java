package fr.chulille.passerelle.recruitment;

/**
 * Published, inside the transaction that stores it, whenever staff set the recruitment state; the
 * inbox writes it to its audit trail (a failed audit line undoes the change).
 */
public record RecruitmentChanged(RecruitmentNotice before, RecruitmentNotice after) {

    /** e.g. {@code "RECORD (RECRUITING) → PAUSED, places left: none"}, for the audit trail. */
    public String auditDetail() {
        return describe(before) + " → " + describe(after) + ", places left: "
                + (after.placesLeft() == null ? "none" : after.placesLeft());
    }

    private static String describe(RecruitmentNotice notice) {
        return notice.setByStaff() ? notice.state().name() : "RECORD (" + notice.recordStatus().name() + ")";
    }
}
