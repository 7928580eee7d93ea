package fr.chulille.passerelle.security;

/** A request about an account that cannot be carried out; the message key tells the user why. */
class AccountProblem extends RuntimeException {

    private final String messageKey;

    AccountProblem(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
