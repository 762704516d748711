package org.onevoice.topics.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF line ends.
 * The first record is the header.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static CsvTable read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    public static CsvTable parse(Reader reader, String source) throws IOException {
        List<List<String>> records = new CsvRecordParser(reader, source).records();
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + ": empty CSV, expected a header row");
        }
        List<String> header = records.get(0);
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header = new ArrayList<>(header);
            header.set(0, header.get(0).substring(1));
        }
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).size() != header.size()) {
                throw new IllegalArgumentException(source + ": record " + (i + 1) + " has " + records.get(i).size()
                        + " fields, the header has " + header.size());
            }
        }
        return new CsvTable(header, records.subList(1, records.size()));
    }

    public int column(String... acceptedNames) {
        for (String name : acceptedNames) {
            int index = header.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        throw new IllegalArgumentException("CSV header " + header + " has no column named " + String.join(" or ", acceptedNames));
    }

    public void write(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeRecord(writer, header);
            for (List<String> row : rows) {
                writeRecord(writer, row);
            }
        }
    }

    private static void writeRecord(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoteIfNeeded(fields.get(i)));
        }
        writer.write("\r\n");
    }

    static String quoteIfNeeded(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
