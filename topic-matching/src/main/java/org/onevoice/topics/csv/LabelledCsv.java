package org.onevoice.topics.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onevoice.topics.LabelledQuestion;

/** Reads `text,label` files; BANKING77 names its label column `category`, which is accepted too. */
public final class LabelledCsv {

    private LabelledCsv() {
    }

    public static List<LabelledQuestion> read(Path file) throws IOException {
        return fromTable(CsvTable.read(file), file.toString());
    }

    public static List<LabelledQuestion> fromTable(CsvTable table, String source) {
        int text = table.column("text");
        int label = table.column("label", "category");
        List<LabelledQuestion> questions = new ArrayList<>(table.rows().size());
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            if (row.get(text).isBlank() || row.get(label).isBlank()) {
                throw new IllegalArgumentException(source + ": data row " + (i + 1) + " has an empty text or label");
            }
            questions.add(new LabelledQuestion(row.get(text), row.get(label)));
        }
        return questions;
    }
}
