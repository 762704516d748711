package org.onevoice.ticket.problem;

import static org.onevoice.problem.ProblemMappers.respond;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.onevoice.problem.Problem;

/** The ticket service's own refusals as problem details: invalid fields and changes that collided with others. */
public class TicketProblemMappers {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem("about:blank", "Bad Request", 400, "the request has invalid fields", errors)).build();
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response stale(RuntimeException e) {
        return respond(Problem.of(409, "Conflict", "the ticket was changed by someone else; reload it and try again")).build();
    }

    /** A transaction that lost to concurrent work even when run again ({@code RunAgainOnLostConflict}): not the client's fault. */
    @ServerExceptionMapper({PessimisticLockException.class, LockAcquisitionException.class})
    public Response lostConflict(RuntimeException e) {
        Problem problem = Problem.of(503, "Service Unavailable", "the change collided with concurrent work on the same tickets; try again");
        return respond(problem).header("Retry-After", "1").build();
    }

    /** {@code reply.arg0.body} becomes {@code body}: clients know their fields, not our method names. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int lastDot = path.lastIndexOf('.');
        return lastDot < 0 ? path : path.substring(lastDot + 1);
    }
}
