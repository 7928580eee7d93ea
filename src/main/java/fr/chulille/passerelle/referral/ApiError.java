package fr.chulille.passerelle.referral;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A 400 answer of the API: a stable code, a sentence in the requested language, and where it applies
 * the JSON field at fault (e.g. "platelets.unit") or the impossible values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String message, String field, List<Problem> problems) {

    record Problem(String field, String message) {
    }
}
