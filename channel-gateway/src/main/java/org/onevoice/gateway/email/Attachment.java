package org.onevoice.gateway.email;

/** What the customer attached; the content itself is not forwarded. */
public record Attachment(String name, String contentType, long sizeBytes) {
}
