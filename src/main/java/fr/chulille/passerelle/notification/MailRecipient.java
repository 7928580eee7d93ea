package fr.chulille.passerelle.notification;

/** The two mails owed for each referral. */
public enum MailRecipient {
    CENTRAL_CONTACT, REFERRER;

    public String messageKey() {
        return "notification.recipient." + name().toLowerCase().replace('_', '-');
    }
}
