package org.onevoice.gateway.limits;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.onevoice.problem.ProblemException;

/** A request over one of the gateway's limits, refused and counted under the limit's name. */
public class LimitExceededException extends ProblemException {
    private final String limit;

    /**
     * @param limit short name of the limit, e.g. {@code json_depth}
     * @param detail the limit and its configuration key, so the sender knows what to change
     */
    public LimitExceededException(Response.Status status, String limit, String detail) {
        super(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
        this.limit = limit;
    }

    public String limit() {
        return limit;
    }
}
