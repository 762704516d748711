package org.onevoice.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** A request an API refuses, with the reason the client needs to correct it. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Response.StatusType status, String detail) {
        this(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    protected ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.problem = new Problem("about:blank", title, status, detail, errors);
    }

    public static ProblemException badField(String field, String reason) {
        return new ProblemException(400, "Bad Request", "invalid " + field + ": " + reason, List.of(new Problem.FieldError(field, reason)));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }

    public static ProblemException unauthorized(String reason) {
        return new ProblemException(Response.Status.UNAUTHORIZED, reason);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }

    /** Well-formed, but not something the resource can do. Jakarta REST has no constant for 422. */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable Content", detail, List.of());
    }

    /** Not the request's fault: the service lacks what it needs to answer it, e.g. a secret to check it with. */
    public static ProblemException unavailable(String reason) {
        return new ProblemException(Response.Status.SERVICE_UNAVAILABLE, reason);
    }

    public Problem problem() {
        return problem;
    }
}
