package org.onevoice.topics;

import java.util.Objects;

/** A known question and the topic it belongs to: one entry of the knowledge base. */
public record LabelledQuestion(String text, String label) {

    public LabelledQuestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
