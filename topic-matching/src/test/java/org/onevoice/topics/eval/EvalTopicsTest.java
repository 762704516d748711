package org.onevoice.topics.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.topics.csv.CsvTable;
import org.onevoice.topics.csv.LabelledCsv;

class EvalTopicsTest {

    @TempDir
    Path directory;

    private Path copyOfResource(String resource) throws IOException {
        Path file = directory.resolve(resource.replace('/', '_'));
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void writesOnePredictionPerTestRowAndReportsTheScores() throws IOException {
        Path train = copyOfResource("/dutch-banking/knowledge-base.csv");
        Path test = copyOfResource("/dutch-banking/questions.csv");
        Path out = directory.resolve("predictions/dutch.csv");

        String report = runCapturingOutput(EvalArguments.parse(new String[] {
                "--train", train.toString(), "--test", test.toString(), "--out", out.toString(), "--threads", "1"}));

        CsvTable predictions = CsvTable.read(out);
        CsvTable questions = CsvTable.read(test);
        assertEquals(List.of("text", "predicted"), predictions.header());
        assertEquals(questions.rows().stream().map(row -> row.get(0)).toList(),
                predictions.rows().stream().map(row -> row.get(0)).toList());
        for (String line : List.of("accuracy", "macro-F1", "questions/second", "training time")) {
            assertTrue(report.contains(line), () -> "report lacks " + line + ":\n" + report);
        }
    }

    @Test
    void splitsAFileReproduciblyWhenNoTestFileIsGiven() throws IOException {
        Path all = copyOfResource("/english-banking/knowledge-base.csv");
        Path out = directory.resolve("split.csv");

        runCapturingOutput(EvalArguments.parse(new String[] {
                "--split-from", all.toString(), "--test-fraction", "0.2", "--seed", "42", "--out", out.toString()}));

        List<String> heldOut = StratifiedSplit.of(LabelledCsv.read(all), 0.2, 42).test().stream()
                .map(q -> q.text()).toList();
        assertEquals(heldOut, CsvTable.read(out).rows().stream().map(row -> row.get(0)).toList());
    }

    @Test
    void badArgumentsAreExplained() {
        assertEquals("--out is required", assertThrows(IllegalArgumentException.class,
                () -> EvalArguments.parse(new String[] {"--train", "a.csv", "--test", "b.csv"})).getMessage());
        assertEquals("give --test or --split-from", assertThrows(IllegalArgumentException.class,
                () -> EvalArguments.parse(new String[] {"--train", "a.csv", "--out", "o.csv"})).getMessage());
        assertEquals("--seed needs a number, got 'x'", assertThrows(IllegalArgumentException.class,
                () -> EvalArguments.parse(new String[] {"--split-from", "a.csv", "--seed", "x"})).getMessage());
        assertEquals("unknown option --bogus", assertThrows(IllegalArgumentException.class,
                () -> EvalArguments.parse(new String[] {"--bogus"})).getMessage());
        assertEquals("--out needs a value", assertThrows(IllegalArgumentException.class,
                () -> EvalArguments.parse(new String[] {"--test", "b.csv", "--out"})).getMessage());
    }

    private static String runCapturingOutput(EvalArguments arguments) throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EvalTopics.run(arguments);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
