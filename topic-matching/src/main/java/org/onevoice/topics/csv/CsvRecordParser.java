package org.onevoice.topics.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** State machine over characters, because quoted fields may span lines. */
final class CsvRecordParser {

    private final BufferedReader in;
    private final String source;
    private final List<List<String>> records = new ArrayList<>();
    private List<String> record = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int line = 1;

    CsvRecordParser(Reader reader, String source) {
        this.in = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        this.source = source;
    }

    List<List<String>> records() throws IOException {
        boolean quoted = false;
        boolean fieldStarted = false;
        int c;
        while ((c = in.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                        requireSeparatorAfterQuote();
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                endField();
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                if (fieldStarted || !record.isEmpty()) {
                    endField();
                    endRecord();
                }
                fieldStarted = false;
                line++;
            } else if (c == '"') {
                throw new IllegalArgumentException(source + ": line " + line + ": quote inside an unquoted field");
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + ": line " + line + ": quoted field is not closed");
        }
        if (fieldStarted || !record.isEmpty()) {
            endField();
            endRecord();
        }
        return records;
    }

    private void requireSeparatorAfterQuote() throws IOException {
        in.mark(1);
        int next = in.read();
        if (next != -1) {
            in.reset();
        }
        if (next != -1 && next != ',' && next != '\r' && next != '\n') {
            throw new IllegalArgumentException(source + ": line " + line + ": text after a closing quote");
        }
    }

    private void endField() {
        record.add(field.toString());
        field.setLength(0);
    }

    private void endRecord() {
        records.add(record);
        record = new ArrayList<>();
    }
}
