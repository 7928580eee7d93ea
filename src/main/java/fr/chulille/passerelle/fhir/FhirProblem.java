package fr.chulille.passerelle.fhir;

import java.util.List;

/** A request the FHIR endpoints refuse: its HTTP status (4xx) and the issues to answer as an OperationOutcome. */
final class FhirProblem extends Exception {

    private final int status;
    private final List<Issue> issues;

    FhirProblem(int status, List<Issue> issues) {
        super(issues.isEmpty() ? "refused" : issues.getFirst().key(), null, false, false);
        this.status = status;
        this.issues = List.copyOf(issues);
    }

    FhirProblem(int status, Issue issue) {
        this(status, List.of(issue));
    }

    int status() {
        return status;
    }

    List<Issue> issues() {
        return issues;
    }
}
