package org.onevoice.monitor.alert;

/** An alert changed state; observed after the commit to feed live clients. */
public record AlertChanged(AlertView alert) {
}
