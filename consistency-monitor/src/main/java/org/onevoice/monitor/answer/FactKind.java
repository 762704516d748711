package org.onevoice.monitor.answer;

/** Kinds of checkable facts an answer can state. */
public enum FactKind {
    AMOUNT, DURATION, PERCENTAGE, PHONE, URL, YES_NO
}
