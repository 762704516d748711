package org.onevoice.monitor.problem;

import jakarta.ws.rs.core.Response;

/** A request the API refuses, with the reason the client needs to correct it. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    private ProblemException(Response.Status status, String detail, String parameter) {
        super(detail);
        this.problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, parameter);
    }

    public static ProblemException badParameter(String parameter, String reason) {
        return new ProblemException(Response.Status.BAD_REQUEST, "invalid " + parameter + ": " + reason, parameter);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " does not exist", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail, null);
    }

    public Problem problem() {
        return problem;
    }
}
