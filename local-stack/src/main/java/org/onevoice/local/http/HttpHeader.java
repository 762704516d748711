package org.onevoice.local.http;

public record HttpHeader(String name, String value) {
}
