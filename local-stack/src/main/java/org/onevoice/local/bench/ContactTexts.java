package org.onevoice.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.onevoice.local.data.CsvFile;

/**
 * What customers write: real tweets and bank customers' questions from a data directory, or
 * generated sentences of similar length when none is given.
 */
public record ContactTexts(List<String> tweets, List<String> questions) {
    private static final String[] SUBJECTS = {"my card", "a payment", "the app", "my order", "a refund", "my account"};
    private static final String[] PROBLEMS = {"has not arrived", "was declined twice", "shows the wrong amount",
        "keeps logging me out", "is still pending after a week", "was charged two times"};

    public ContactTexts {
        if (tweets.isEmpty() || questions.isEmpty()) {
            throw new IllegalArgumentException("no texts");
        }
    }

    public static ContactTexts generated() {
        List<String> texts = new ArrayList<>();
        for (String subject : SUBJECTS) {
            for (String problem : PROBLEMS) {
                texts.add("Hi, " + subject + " " + problem + ". Can someone help me today? Thanks");
            }
        }
        return new ContactTexts(texts, texts);
    }

    /** Customer tweets from {@code twcs/*.csv}, questions from {@code paraphrase/banking77/train.csv}. */
    public static ContactTexts from(Path dataDir) {
        List<String> tweets = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataDir.resolve("twcs"))) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                for (Map<String, String> row : CsvFile.rows(csv)) {
                    if ("True".equalsIgnoreCase(row.get("inbound"))) {
                        tweets.add(row.get("text"));
                    }
                }
            }
            List<String> questions = CsvFile.rows(dataDir.resolve("paraphrase/banking77/train.csv")).stream()
                    .map(row -> row.get("text")).toList();
            return new ContactTexts(tweets, questions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read texts from " + dataDir, e);
        }
    }

    public String tweet(long index) {
        return tweets.get((int) (index % tweets.size()));
    }

    public String question(long index) {
        return questions.get((int) (index % questions.size()));
    }
}
