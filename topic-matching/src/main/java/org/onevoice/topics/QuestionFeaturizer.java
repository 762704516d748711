package org.onevoice.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onevoice.topics.embedding.SentenceEmbedder;
import org.onevoice.topics.text.QuestionLanguage;
import org.onevoice.topics.text.TermExtractor;
import org.onevoice.topics.text.TfIdfVocabulary;

/** Computes features for a batch at once, so the sentence model sees one batch instead of many single texts. */
final class QuestionFeaturizer {

    private final SentenceEmbedder embedder;
    private final TermExtractor terms;
    private final TfIdfVocabulary vocabulary;

    private QuestionFeaturizer(SentenceEmbedder embedder, TermExtractor terms, TfIdfVocabulary vocabulary) {
        this.embedder = embedder;
        this.terms = terms;
        this.vocabulary = vocabulary;
    }

    /** Learns the TF-IDF vocabulary from the knowledge base and returns its features alongside. */
    static Fitted fit(SentenceEmbedder embedder, List<String> knowledgeBase) {
        TermExtractor terms = new TermExtractor();
        List<QuestionLanguage> languages = knowledgeBase.stream().map(QuestionLanguage::detect).toList();
        List<Map<String, Integer>> termCounts = termCounts(terms, knowledgeBase, languages);
        QuestionFeaturizer featurizer = new QuestionFeaturizer(embedder, terms, TfIdfVocabulary.fit(termCounts));
        return new Fitted(featurizer, featurizer.assemble(knowledgeBase, languages, termCounts));
    }

    record Fitted(QuestionFeaturizer featurizer, List<QuestionFeatures> knowledgeBase) {
    }

    int embeddingDimension() {
        return embedder.dimension();
    }

    int vocabularySize() {
        return vocabulary.size();
    }

    List<QuestionFeatures> features(List<String> texts) {
        List<QuestionLanguage> languages = texts.stream().map(QuestionLanguage::detect).toList();
        return assemble(texts, languages, termCounts(terms, texts, languages));
    }

    private static List<Map<String, Integer>> termCounts(TermExtractor terms, List<String> texts,
            List<QuestionLanguage> languages) {
        List<Map<String, Integer>> counts = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            counts.add(terms.terms(texts.get(i), languages.get(i)));
        }
        return counts;
    }

    private List<QuestionFeatures> assemble(List<String> texts, List<QuestionLanguage> languages,
            List<Map<String, Integer>> termCounts) {
        List<String> english = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (languages.get(i) == QuestionLanguage.ENGLISH) {
                english.add(texts.get(i));
            }
        }
        float[][] embeddings = english.isEmpty() ? new float[0][] : embedder.embedAll(english);
        List<QuestionFeatures> features = new ArrayList<>(texts.size());
        int next = 0;
        for (int i = 0; i < texts.size(); i++) {
            float[] embedding = languages.get(i) == QuestionLanguage.ENGLISH ? embeddings[next++] : null;
            features.add(new QuestionFeatures(languages.get(i), embedding, vocabulary.vectorize(termCounts.get(i))));
        }
        return features;
    }
}
