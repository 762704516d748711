package org.onevoice.ticket.conversation;

/** Where an agent's reply written in OneVoice is on its way to the customer. */
public enum DeliveryState {
    PENDING, SENT, DELIVERED, FAILED
}
