package fr.chulille.passerelle.eligibility;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

public record ValidationResult(List<FieldProblem> problems) {

    public ValidationResult {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public Set<Fact> invalidFacts() {
        return problems.stream().map(FieldProblem::field).collect(Collectors.toUnmodifiableSet());
    }

    public List<FieldProblem> problemsFor(Fact field) {
        return problems.stream().filter(problem -> problem.field() == field).toList();
    }
}
