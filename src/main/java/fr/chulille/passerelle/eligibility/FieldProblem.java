package fr.chulille.passerelle.eligibility;

/** An impossible value, to show beside its field. */
public record FieldProblem(Fact field, Message message) {
}
