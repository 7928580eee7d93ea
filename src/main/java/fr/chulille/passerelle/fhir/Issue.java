package fr.chulille.passerelle.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem or remark about a request, translated when answered: an OperationOutcome issue.
 *
 * @param key        a key of translations/fhir_*.properties
 * @param expression where in the request (FHIRPath, e.g. {@code Bundle.entry[2].resource}), or null
 * @param diagnostics technical detail (e.g. the parser's message), untranslated, or null
 */
record Issue(IssueSeverity severity, IssueType type, String key, Map<String, Object> args, String expression,
             String diagnostics) {

    Issue {
        args = Map.copyOf(args);
    }

    static Issue error(IssueType type, String key, String expression, Object... namesAndValues) {
        return new Issue(IssueSeverity.ERROR, type, key, args(namesAndValues), expression, null);
    }

    static Issue warning(IssueType type, String key, String expression, Object... namesAndValues) {
        return new Issue(IssueSeverity.WARNING, type, key, args(namesAndValues), expression, null);
    }

    static Issue information(IssueType type, String key, String expression, Object... namesAndValues) {
        return new Issue(IssueSeverity.INFORMATION, type, key, args(namesAndValues), expression, null);
    }

    Issue withDiagnostics(String text) {
        return new Issue(severity, type, key, args, expression, text);
    }

    boolean isError() {
        return severity == IssueSeverity.ERROR || severity == IssueSeverity.FATAL;
    }

    private static Map<String, Object> args(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
