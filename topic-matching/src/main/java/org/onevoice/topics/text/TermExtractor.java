package org.onevoice.topics.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns a question into counted terms of three kinds: stemmed words and stem bigrams from the Lucene analyzer of
 * its language, and character n-grams of the accent-folded text. The n-grams carry spelling variants, typos and
 * Dutch compounds ("pinpas", "betaalpas") that no stemmer joins.
 */
public final class TermExtractor {

    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;

    // Lucene analyzers are thread-safe: they keep their token stream components per thread.
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer dutch = new DutchAnalyzer();

    public Map<String, Integer> terms(String text, QuestionLanguage language) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> stems = stems(text, language == QuestionLanguage.DUTCH ? dutch : english);
        for (int i = 0; i < stems.size(); i++) {
            counts.merge("w:" + stems.get(i), 1, Integer::sum);
            if (i > 0) {
                counts.merge("b:" + stems.get(i - 1) + ' ' + stems.get(i), 1, Integer::sum);
            }
        }
        String folded = ' ' + fold(text) + ' ';
        for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (int start = 0; start + n <= folded.length(); start++) {
                String gram = folded.substring(start, start + n);
                if (!gram.isBlank()) {
                    counts.merge("c:" + gram, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static List<String> stems(String text, Analyzer analyzer) {
        List<String> stems = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return stems;
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
