package org.onevoice.local.data;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The rows of an RFC 4180 CSV file with a header row, as the public data sets ship them (quoted fields span lines). */
public final class CsvFile {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private CsvFile() {
    }

    /** Each row by column name; a row shorter than the header lacks the missing columns. */
    public static List<Map<String, String>> rows(Path csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            return it.readAll();
        }
    }
}
