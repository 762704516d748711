package org.onevoice.ticket.transaction;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The transaction of an agent's or administrator's request runs again when PostgreSQL aborted it
 * to break a deadlock or a serialisation conflict with concurrent work (the SLA watch, intake,
 * another agent): the request was not at fault, so it should not fail with it.
 * See {@link LostConflictRetry}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RunAgainOnLostConflict {
}
