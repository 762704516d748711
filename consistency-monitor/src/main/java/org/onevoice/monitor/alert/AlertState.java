package org.onevoice.monitor.alert;

/** Lifecycle of an alert: raised, seen by someone, over. */
public enum AlertState {
    OPEN, ACKNOWLEDGED, RESOLVED
}
