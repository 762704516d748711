package org.onevoice.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, the body of every refusal of the OneVoice APIs.
 *
 * @param errors the request's fields at fault (body fields, query or path parameters, webhook
 *               payload paths), empty when the request as a whole is refused
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** @param field the field as the client names it, e.g. {@code body}, {@code from} or {@code tweet_create_events[0].user.id_str} */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }
}
