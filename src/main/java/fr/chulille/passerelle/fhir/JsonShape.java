package fr.chulille.passerelle.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.nio.charset.StandardCharsets;

/**
 * One pass over the raw body before any parser sees it: refuses nesting deeper than a FHIR Bundle of
 * the pre-check ever needs, more resources than entries allowed, and numbers with a huge exponent
 * (HAPI writes a JSON number out in full before reading it: 1e999999999 would take hours), in linear
 * time and no memory.
 */
final class JsonShape {

    private static final byte[] RESOURCE_TYPE = "\"resourceType\"".getBytes(StandardCharsets.US_ASCII);

    /** No laboratory value needs more; 1e30 is still read in microseconds. */
    static final int MAX_EXPONENT = 30;

    private JsonShape() {
    }

    static void check(byte[] body, int maxDepth, int maxResources) throws FhirProblem {
        int depth = 0;
        int resources = 0;
        boolean inString = false;
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
                continue;
            }
            switch (b) {
                case '"' -> {
                    if (startsWith(body, i, RESOURCE_TYPE) && ++resources > maxResources) {
                        throw new FhirProblem(413, Issue.error(IssueType.TOOCOSTLY, "fhir.error.too-many-entries", "Bundle.entry",
                                "max", maxResources - 1));
                    }
                    inString = true;
                }
                case '{', '[' -> {
                    if (++depth > maxDepth) {
                        throw new FhirProblem(400, Issue.error(IssueType.TOOCOSTLY, "fhir.error.too-deep", null, "max", maxDepth));
                    }
                }
                case '}', ']' -> depth--;
                case 'e', 'E' -> {
                    if (i > 0 && isNumberChar(body[i - 1])) {
                        checkExponent(body, i + 1);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static boolean isNumberChar(byte b) {
        return (b >= '0' && b <= '9') || b == '.';
    }

    /** The exponent's digits after 'e': refused when its magnitude is above {@link #MAX_EXPONENT}. */
    private static void checkExponent(byte[] body, int from) throws FhirProblem {
        int i = from;
        if (i < body.length && (body[i] == '+' || body[i] == '-')) {
            i++;
        }
        int digits = 0;
        long exponent = 0;
        while (i < body.length && body[i] >= '0' && body[i] <= '9') {
            exponent = Math.min(exponent * 10 + (body[i] - '0'), Integer.MAX_VALUE);
            digits++;
            i++;
        }
        if (digits > 0 && exponent > MAX_EXPONENT) {
            throw new FhirProblem(400, Issue.error(IssueType.VALUE, "fhir.error.exponent", null, "max", MAX_EXPONENT));
        }
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at + prefix.length > body.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (body[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }
}
