package org.onevoice.gateway.x;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.onevoice.gateway.limits.WebhookJson;
import org.onevoice.problem.ProblemException;

/** The raw body of an Account Activity delivery as JSON, within the webhook limits. */
final class XPayload {
    private XPayload() {
    }

    static JsonNode read(WebhookJson json, byte[] body) {
        try {
            return json.tree(body);
        } catch (IOException e) {
            throw ProblemException.badRequest("the body is not valid JSON: " + e.getMessage());
        }
    }
}
