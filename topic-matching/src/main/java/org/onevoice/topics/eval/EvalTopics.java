package org.onevoice.topics.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onevoice.topics.CatalogueSettings;
import org.onevoice.topics.LabelledQuestion;
import org.onevoice.topics.TopicAssignment;
import org.onevoice.topics.TopicCatalogue;
import org.onevoice.topics.csv.CsvTable;
import org.onevoice.topics.csv.LabelledCsv;
import org.onevoice.topics.embedding.BgeSmallEmbedder;
import org.onevoice.topics.embedding.SharedModels;

/**
 * Learns a catalogue from labelled questions, assigns a labelled test set and reports accuracy, macro-F1 and
 * speed. Only the assignment of the test set is timed, after a warm-up on training questions, so the numbers
 * are what a running service would see.
 */
public final class EvalTopics {

    private static final int WARM_UP_QUESTIONS = 512;

    private EvalTopics() {
    }

    public static void main(String[] args) {
        // DJL probes for CUDA on start and warns that there is none; the report is what the user came for
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error");
        EvalArguments arguments;
        try {
            arguments = EvalArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("eval-topics: " + e.getMessage());
            System.err.println(EvalArguments.USAGE);
            System.exit(2);
            return;
        }
        try {
            run(arguments);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("eval-topics: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(EvalArguments arguments) throws IOException {
        List<LabelledQuestion> train = new ArrayList<>();
        for (Path file : arguments.train()) {
            train.addAll(LabelledCsv.read(file));
        }
        List<LabelledQuestion> test = new ArrayList<>();
        if (arguments.splitFrom() != null) {
            StratifiedSplit split = StratifiedSplit.of(LabelledCsv.read(arguments.splitFrom()),
                    arguments.testFraction(), arguments.seed());
            train.addAll(split.train());
            test.addAll(split.test());
        }
        if (arguments.test() != null) {
            // an explicit test file replaces the held-out part, which then stays unused
            test = LabelledCsv.read(arguments.test());
        }
        if (train.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException("need at least one training and one test question");
        }

        long modelStart = System.nanoTime();
        BgeSmallEmbedder embedder = BgeSmallEmbedder.load(arguments.threads(), SharedModels.BATCH_SIZE);
        double modelSeconds = seconds(modelStart);
        long trainCpuStart = MemoryUse.processCpuNanos();
        long trainStart = System.nanoTime();
        TopicCatalogue catalogue = TopicCatalogue.learn(train, embedder, CatalogueSettings.defaults());
        double trainSeconds = seconds(trainStart);
        double trainCpuSeconds = (MemoryUse.processCpuNanos() - trainCpuStart) / 1e9;

        catalogue.assignAll(train.subList(0, Math.min(WARM_UP_QUESTIONS, train.size())).stream()
                .map(LabelledQuestion::text).toList());
        List<String> texts = test.stream().map(LabelledQuestion::text).toList();
        long settledBefore = catalogue.counts().settledByText();
        long cpuStart = MemoryUse.processCpuNanos();
        long assignStart = System.nanoTime();
        List<TopicAssignment> assignments = catalogue.assignAll(texts);
        double assignSeconds = seconds(assignStart);
        double cpuSeconds = (MemoryUse.processCpuNanos() - cpuStart) / 1e9;
        long settledByText = catalogue.counts().settledByText() - settledBefore;

        List<String> predicted = assignments.stream().map(TopicAssignment::topic).toList();
        writePredictions(arguments.out(), texts, predicted);
        ClassificationScores scores = ClassificationScores.of(test.stream().map(LabelledQuestion::label).toList(), predicted);
        long emerging = assignments.stream().filter(TopicAssignment::emerging).count();

        System.out.printf(Locale.ROOT, "train questions     %d (%d topics)%n", train.size(), catalogue.knownTopics().size());
        System.out.printf(Locale.ROOT, "test questions      %d%n", test.size());
        System.out.printf(Locale.ROOT, "model load          %.2f s%n", modelSeconds);
        System.out.printf(Locale.ROOT, "training time       %.2f s (cpu %.2f s)%n", trainSeconds, trainCpuSeconds);
        System.out.printf(Locale.ROOT, "novelty thresholds  %s%n", catalogue.noveltyThresholds());
        System.out.printf(Locale.ROOT, "accuracy            %.4f (%d/%d)%n", scores.accuracy(), scores.correct(), scores.total());
        System.out.printf(Locale.ROOT, "macro-F1            %.4f%n", scores.macroF1());
        System.out.printf(Locale.ROOT, "emerging            %d questions in %d new clusters%n", emerging, catalogue.emergingTopics().size());
        System.out.printf(Locale.ROOT, "assignment time     %.2f s%n", assignSeconds);
        System.out.printf(Locale.ROOT, "text fast path      %d of %d questions (%.1f%%)%n", settledByText, test.size(), 100.0 * settledByText / test.size());
        System.out.printf(Locale.ROOT, "questions/second    %.1f (threads %d, wall clock)%n", test.size() / assignSeconds, arguments.threads());
        // the machine may be shared: CPU time shows what the matcher itself costs
        System.out.printf(Locale.ROOT, "cpu time            %.2f s = %.1f questions per CPU-second%n", cpuSeconds, test.size() / cpuSeconds);
        System.out.printf(Locale.ROOT, "memory              %s%n", MemoryUse.describe());
    }

    private static void writePredictions(Path out, List<String> texts, List<String> predicted) throws IOException {
        List<List<String>> rows = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            rows.add(List.of(texts.get(i), predicted.get(i)));
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new CsvTable(List.of("text", "predicted"), rows).write(out);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
