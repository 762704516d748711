package org.onevoice.gateway.problem;

import jakarta.ws.rs.core.Response;

/** A request the gateway refuses, with the reason the sender needs to correct it. */
public class ProblemException extends RuntimeException {
    private final Problem problem;

    public ProblemException(Response.Status status, String detail, String field) {
        super(detail);
        this.problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field);
    }

    public static ProblemException badField(String field, String reason) {
        return new ProblemException(Response.Status.BAD_REQUEST, field + ": " + reason, field);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail, null);
    }

    public static ProblemException unauthorized(String reason) {
        return new ProblemException(Response.Status.UNAUTHORIZED, reason, null);
    }

    public static ProblemException unconfigured(String reason) {
        return new ProblemException(Response.Status.SERVICE_UNAVAILABLE, reason, null);
    }

    public Problem problem() {
        return problem;
    }
}
