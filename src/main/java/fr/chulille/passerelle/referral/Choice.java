package fr.chulille.passerelle.referral;

/**
 * An item of a clinical select: a value, or the explicit "unknown / not available" answer (value null),
 * which differs from no answer at all (the select's value null) only on screen: both are unknown to the engine.
 */
record Choice<T>(T value) {

    static <T> Choice<T> unknown() {
        return new Choice<>(null);
    }

    boolean isUnknown() {
        return value == null;
    }
}
