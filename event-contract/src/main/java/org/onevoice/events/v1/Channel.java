package org.onevoice.events.v1;

/** A way customers reach the company. */
public enum Channel {
    X, EMAIL, CALL_CENTRE
}
