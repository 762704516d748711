package org.onevoice.topics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.topics.LabelledQuestion;

class CsvTableTest {

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() throws IOException {
        String csv = "\uFEFFtext,label\r\n"
                + "\"Why was I charged, twice?\",transaction_charged_twice\r\n"
                + "\"The app says \"\"declined\"\"\",declined_card_payment\r\n"
                + "\"first line\nsecond line\",card_arrival\n"
                + "plain question,\"change_pin\"\n";

        List<LabelledQuestion> questions = LabelledCsv.fromTable(CsvTable.parse(new StringReader(csv), "inline"), "inline");

        assertEquals(List.of(
                new LabelledQuestion("Why was I charged, twice?", "transaction_charged_twice"),
                new LabelledQuestion("The app says \"declined\"", "declined_card_payment"),
                new LabelledQuestion("first line\nsecond line", "card_arrival"),
                new LabelledQuestion("plain question", "change_pin")), questions);
    }

    @Test
    void theLabelColumnMayBeCalledCategory() throws IOException {
        CsvTable table = CsvTable.parse(new StringReader("text,category\nI lost my card,lost_or_stolen_card\n"), "inline");

        assertEquals(List.of(new LabelledQuestion("I lost my card", "lost_or_stolen_card")), LabelledCsv.fromTable(table, "inline"));
    }

    @Test
    void whatIsWrittenReadsBackTheSame(@TempDir Path directory) throws IOException {
        List<List<String>> rows = List.of(List.of("a \"quoted\", multi\r\nline text", "x"), List.of("plain", "y"));
        Path file = directory.resolve("out.csv");

        new CsvTable(List.of("text", "predicted"), rows).write(file);

        assertEquals(new CsvTable(List.of("text", "predicted"), rows), CsvTable.read(file));
        assertTrue(Files.readString(file).startsWith("text,predicted\r\n\"a \"\"quoted\"\", multi"));
    }

    @Test
    void brokenFilesAreRejectedWithTheLine() {
        IllegalArgumentException unclosed = assertThrows(IllegalArgumentException.class,
                () -> CsvTable.parse(new StringReader("text,label\n\"never closed,x\n"), "broken.csv"));
        assertTrue(unclosed.getMessage().contains("broken.csv") && unclosed.getMessage().contains("not closed"),
                unclosed.getMessage());

        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> CsvTable.parse(new StringReader("text,label\nonly one field\n"), "ragged.csv"));
        assertTrue(ragged.getMessage().contains("record 2"), ragged.getMessage());

        IllegalArgumentException noLabel = assertThrows(IllegalArgumentException.class,
                () -> LabelledCsv.fromTable(CsvTable.parse(new StringReader("text,topic\na,b\n"), "x"), "x"));
        assertTrue(noLabel.getMessage().contains("label or category"), noLabel.getMessage());
    }
}
