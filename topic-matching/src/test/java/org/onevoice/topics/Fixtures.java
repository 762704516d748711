package org.onevoice.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.onevoice.topics.csv.CsvTable;
import org.onevoice.topics.csv.LabelledCsv;

/** Labelled questions the project wrote for its tests (never the shared data sets). */
public final class Fixtures {

    private Fixtures() {
    }

    public static List<LabelledQuestion> labelled(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return LabelledCsv.fromTable(CsvTable.parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
