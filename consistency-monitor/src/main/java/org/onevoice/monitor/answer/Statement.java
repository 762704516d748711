package org.onevoice.monitor.answer;

import java.util.stream.Stream;

/** One fact as one answer stated it. */
public record Statement(FactKind kind, String value, String text, GivenAnswer answer) {

    public static Stream<Statement> of(GivenAnswer answer) {
        return FactExtractor.extract(answer.body()).stream().map(f -> new Statement(f.kind(), f.value(), f.text(), answer));
    }
}
