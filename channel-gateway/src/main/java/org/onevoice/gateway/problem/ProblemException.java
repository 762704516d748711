package org.onevoice.gateway.problem;

import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** A request the gateway refuses, with the reason the sender needs to correct it. */
public class ProblemException extends RuntimeException {
    private final Problem problem;
    private final String limit;

    public ProblemException(Response.Status status, String detail, String field) {
        this(status, detail, field, null);
    }

    private ProblemException(Response.Status status, String detail, String field, String limit) {
        super(detail);
        this.problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field);
        this.limit = limit;
    }

    /**
     * A request over one of the gateway's limits.
     *
     * @param limit short name of the limit, e.g. {@code json_depth}, under which the refusal is counted
     * @param detail the limit and its configuration key, so the sender knows what to change
     */
    public static ProblemException limitExceeded(Response.Status status, String limit, String detail) {
        return new ProblemException(status, detail, null, limit);
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

    /** The limit exceeded, when that is why the request was refused. */
    public Optional<String> limit() {
        return Optional.ofNullable(limit);
    }
}
