package fr.chulille.passerelle.eligibility;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * @param problems impossible values: set aside, and the form asks for a correction
 * @param warnings values more likely typed in another unit: shown beside the field, never blocking, used as typed
 */
public record ValidationResult(List<FieldProblem> problems, List<FieldProblem> warnings) {

    public ValidationResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public ValidationResult(List<FieldProblem> problems) {
        this(problems, List.of());
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public Set<Fact> invalidFacts() {
        return problems.stream().map(FieldProblem::field).collect(Collectors.toUnmodifiableSet());
    }

    public List<FieldProblem> warningsFor(Fact field) {
        return warnings.stream().filter(warning -> warning.field() == field).toList();
    }

    public List<FieldProblem> problemsFor(Fact field) {
        return problems.stream().filter(problem -> problem.field() == field).toList();
    }
}
