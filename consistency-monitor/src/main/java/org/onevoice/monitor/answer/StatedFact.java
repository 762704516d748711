package org.onevoice.monitor.answer;

/**
 * A fact an answer states, normalised so that the same fact in other words compares equal:
 * "binnen 3 werkdagen" and "within 3 business days" are both {@code DURATION 3 business days}.
 *
 * @param text the words it was stated in
 */
public record StatedFact(FactKind kind, String value, String text) {
}
