package org.onevoice.gateway.callcentre;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.onevoice.gateway.limits.WebhookJson;
import org.onevoice.gateway.phone.PhoneNumbers;
import org.onevoice.problem.ProblemException;

/** Reads a webhook body and rejects it, naming the field, when the gateway cannot use it. */
@ApplicationScoped
public class CallEventParser {
    static final int MAX_CALL_ID_LENGTH = 200;

    private final CallCentreConfig config;
    private final WebhookJson json;

    CallEventParser(CallCentreConfig config, WebhookJson json) {
        this.config = config;
        this.json = json;
    }

    public CallEvent parse(byte[] body) {
        CallCentreWebhook webhook = read(body);
        String callId = required("callId", webhook.callId());
        if (callId.length() > MAX_CALL_ID_LENGTH) {
            throw ProblemException.badField("callId", "longer than " + MAX_CALL_ID_LENGTH + " characters");
        }
        CallEventType type = type(required("type", webhook.type()));
        Instant at = timestamp("at", required("at", webhook.at()));
        String caller = blankToNull(webhook.caller()) == null ? null
                : PhoneNumbers.toE164(webhook.caller(), config.defaultRegion()).orElseThrow(() ->
                        ProblemException.badField("caller", "not a valid phone number (default region " + config.defaultRegion() + ")"));
        Instant queuedAt = type == CallEventType.QUEUED ? at
                : blankToNull(webhook.queuedAt()) == null ? null : timestamp("queuedAt", webhook.queuedAt());
        return new CallEvent(callId, type, at, caller, blankToNull(webhook.queue()), blankToNull(webhook.agent()),
                blankToNull(webhook.question()), blankToNull(webhook.answer()), blankToNull(webhook.topic()), queuedAt);
    }

    private CallCentreWebhook read(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("the body is empty; expected a call-centre event as JSON");
        }
        try {
            CallCentreWebhook webhook = json.value(body, CallCentreWebhook.class);
            if (webhook == null) {
                throw ProblemException.badRequest("the body is JSON null; expected a call-centre event object");
            }
            return webhook;
        } catch (JsonMappingException e) {
            if (!e.getPath().isEmpty() && e.getPath().get(0).getFieldName() != null) {
                throw ProblemException.badField(e.getPath().get(0).getFieldName(), "expected a JSON string");
            }
            throw ProblemException.badRequest("the body is not a call-centre event object: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProblemException.badRequest("the body is not valid JSON: " + e.getMessage());
        }
    }

    private static CallEventType type(String value) {
        try {
            return CallEventType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("type", "'" + value + "' is not one of " + Arrays.toString(CallEventType.values()));
        }
    }

    private static Instant timestamp(String field, String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, "not an ISO-8601 timestamp with offset, e.g. 2026-03-03T10:15:30+01:00");
        }
    }

    private static String required(String field, String value) {
        String present = blankToNull(value);
        if (present == null) {
            throw ProblemException.badField(field, "required");
        }
        return present;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
