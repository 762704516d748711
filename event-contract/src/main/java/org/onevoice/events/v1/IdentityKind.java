package org.onevoice.events.v1;

/** What kind of value identifies a customer on a channel. */
public enum IdentityKind {
    /** X user id (the stable numeric id, not the changeable screen name). */
    X_USER,
    /** Email address, lower-case. */
    EMAIL,
    /** Phone number in E.164. */
    PHONE
}
