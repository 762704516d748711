package org.onevoice.gateway.x;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.onevoice.problem.ProblemException;

/** Field access on Account Activity JSON that names the path of what is missing or malformed. */
final class XFields {
    private XFields() {
    }

    static String required(JsonNode node, String field, String path) {
        String value = optional(node, field);
        if (value == null) {
            throw ProblemException.badField(path + "." + field, "required");
        }
        return value;
    }

    /** Ids arrive as strings but a number is read the same way; blank counts as absent. */
    static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /** X's millisecond timestamps ({@code timestamp_ms}, {@code created_timestamp}) are strings of digits. */
    static Instant epochMillis(JsonNode node, String field, String path) {
        String value = required(node, field, path);
        try {
            return Instant.ofEpochMilli(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw ProblemException.badField(path + "." + field, "not epoch milliseconds");
        }
    }
}
