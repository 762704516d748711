package org.onevoice.topics;

/**
 * Where a question landed.
 *
 * @param topic      a label of the knowledge base, or the id of an emerging cluster ({@code new-1}, ...)
 * @param confidence for a known topic the fused classifier probability (0..1); for an emerging cluster the
 *                   similarity to the question that opened it (1 for the opener itself)
 * @param emerging   true when the topic was not in the knowledge base but grew from unseen questions
 */
public record TopicAssignment(String topic, double confidence, boolean emerging) {
}
