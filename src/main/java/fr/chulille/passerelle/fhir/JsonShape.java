package fr.chulille.passerelle.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.nio.charset.StandardCharsets;

/**
 * One pass over the raw body before any parser sees it: refuses nesting deeper than a FHIR Bundle of
 * the pre-check ever needs, and more resources than entries allowed, in linear time and no memory.
 */
final class JsonShape {

    private static final byte[] RESOURCE_TYPE = "\"resourceType\"".getBytes(StandardCharsets.US_ASCII);

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
                default -> {
                }
            }
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
