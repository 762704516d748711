package org.onevoice.ticket.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** A request the API refuses, with the reason the client needs to correct it. */
public class ProblemException extends RuntimeException {
    private final Problem problem;

    public ProblemException(Response.Status status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemException(Response.Status status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors);
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(Response.Status.BAD_REQUEST, "invalid " + field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " does not exist");
    }

    public Problem problem() {
        return problem;
    }
}
