package org.onevoice.gateway.limits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import jakarta.ws.rs.core.Response;
import org.onevoice.events.serde.EventJson;

/**
 * Reads webhook bodies with the contract's mapping but within {@link LimitsConfig.Json}: a body
 * nested thousands deep or carrying a megabyte string is refused naming the limit, before it costs
 * stack or heap.
 */
public final class WebhookJson {
    private final ObjectMapper mapper;
    private final LimitsConfig.Json limits;

    public WebhookJson(LimitsConfig.Json limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build()).build();
        this.mapper = EventJson.MAPPER.copyWith(factory);
    }

    /** @throws LimitExceededException 413 naming the limit a body exceeds */
    public JsonNode tree(byte[] body) throws IOException {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw exceededOr(e);
        }
    }

    /** @throws LimitExceededException 413 naming the limit a body exceeds */
    public <T> T value(byte[] body, Class<T> type) throws IOException {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw exceededOr(e);
        }
    }

    /** Data binding wraps the parser's constraint violation in a mapping exception of the field. */
    private IOException exceededOr(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException constraint) {
                throw exceeded(constraint);
            }
        }
        return e;
    }

    private LimitExceededException exceeded(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return tooLarge("json_depth", "JSON nested deeper than " + limits.maxDepth() + " levels (gateway.limits.json.max-depth)");
        }
        if (message.contains("Number value length")) {
            return tooLarge("json_number_length", "a JSON number has more than " + limits.maxNumberLength()
                    + " digits (gateway.limits.json.max-number-length)");
        }
        if (message.contains("String value length")) {
            return tooLarge("json_string_length", "a JSON string is longer than " + limits.maxStringLength()
                    + " characters (gateway.limits.json.max-string-length)");
        }
        return tooLarge("json_size", "the JSON exceeds a read limit: " + message);
    }

    private static LimitExceededException tooLarge(String limit, String detail) {
        return new LimitExceededException(Response.Status.REQUEST_ENTITY_TOO_LARGE, limit, detail);
    }
}
