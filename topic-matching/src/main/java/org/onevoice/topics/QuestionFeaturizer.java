package org.onevoice.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onevoice.topics.embedding.SentenceEmbedder;
import org.onevoice.topics.text.QuestionLanguage;
import org.onevoice.topics.text.TermExtractor;
import org.onevoice.topics.text.TfIdfVocabulary;

/**
 * Computes question features in two steps: the cheap text features of every question, and then, only where
 * needed, the sentence embedding, in one batch so the model runs on many questions per call.
 */
final class QuestionFeaturizer {

    private final SentenceEmbedder embedder;
    private final TermExtractor terms;
    private final TfIdfVocabulary vocabulary;

    private QuestionFeaturizer(SentenceEmbedder embedder, TermExtractor terms, TfIdfVocabulary vocabulary) {
        this.embedder = embedder;
        this.terms = terms;
        this.vocabulary = vocabulary;
    }

    /** Learns the TF-IDF vocabulary from the knowledge base and returns its full features alongside. */
    static Fitted fit(SentenceEmbedder embedder, List<String> knowledgeBase) {
        TermExtractor terms = new TermExtractor();
        List<QuestionLanguage> languages = knowledgeBase.stream().map(QuestionLanguage::detect).toList();
        List<Map<String, Integer>> termCounts = termCounts(terms, knowledgeBase, languages);
        QuestionFeaturizer featurizer = new QuestionFeaturizer(embedder, terms, TfIdfVocabulary.fit(termCounts));
        List<QuestionFeatures> textFeatures = new ArrayList<>(knowledgeBase.size());
        for (int i = 0; i < knowledgeBase.size(); i++) {
            textFeatures.add(new QuestionFeatures(languages.get(i), null,
                    featurizer.vocabulary.vectorize(termCounts.get(i))));
        }
        return new Fitted(featurizer, featurizer.withEmbeddings(knowledgeBase, textFeatures));
    }

    record Fitted(QuestionFeaturizer featurizer, List<QuestionFeatures> knowledgeBase) {
    }

    int vocabularySize() {
        return vocabulary.size();
    }

    /** Language and TF-IDF vector of each text; no embedding yet. */
    List<QuestionFeatures> textFeatures(List<String> texts) {
        List<QuestionLanguage> languages = texts.stream().map(QuestionLanguage::detect).toList();
        List<Map<String, Integer>> counts = termCounts(terms, texts, languages);
        List<QuestionFeatures> features = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            features.add(new QuestionFeatures(languages.get(i), null, vocabulary.vectorize(counts.get(i))));
        }
        return features;
    }

    /** Adds the sentence embedding to the English questions; the model cannot read Dutch. */
    List<QuestionFeatures> withEmbeddings(List<String> texts, List<QuestionFeatures> features) {
        List<String> english = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (features.get(i).language() == QuestionLanguage.ENGLISH) {
                english.add(texts.get(i));
            }
        }
        float[][] embeddings = english.isEmpty() ? new float[0][] : embedder.embedAll(english);
        List<QuestionFeatures> embedded = new ArrayList<>(texts.size());
        int next = 0;
        for (QuestionFeatures question : features) {
            embedded.add(question.language() == QuestionLanguage.ENGLISH ? question.withEmbedding(embeddings[next++]) : question);
        }
        return embedded;
    }

    private static List<Map<String, Integer>> termCounts(TermExtractor terms, List<String> texts,
            List<QuestionLanguage> languages) {
        List<Map<String, Integer>> counts = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            counts.add(terms.terms(texts.get(i), languages.get(i)));
        }
        return counts;
    }
}
