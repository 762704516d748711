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
        this(status.getStatusCode(), status.getReasonPhrase(), detail, errors);
    }

    private ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.problem = new Problem("about:blank", title, status, detail, errors);
    }

    /** Well-formed, but not something this ticket can do. Jakarta REST has no constant for 422. */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable Content", detail, List.of());
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
