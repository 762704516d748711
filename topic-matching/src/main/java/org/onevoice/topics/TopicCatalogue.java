package org.onevoice.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.onevoice.topics.embedding.SentenceEmbedder;
import org.onevoice.topics.embedding.SharedModels;
import org.onevoice.topics.text.QuestionLanguage;

/**
 * Groups customer questions that ask the same thing, in English and Dutch.
 *
 * <p>Learnt from labelled example questions (the knowledge base). A new question goes to the best known topic, or,
 * when no known example is close enough, to an emerging cluster that later similar questions join, so the
 * catalogue grows with what customers start asking. Thread-safe; {@link #assignAll(List)} is much faster per
 * question than {@link #assign(String)} because the sentence model runs in batches.
 */
public final class TopicCatalogue {

    private static final int CHUNK = 512;

    private final QuestionFeaturizer featurizer;
    private final KnownTopics known;
    private final FastPath fastPath;
    private final List<String> labels;
    private final NoveltyThresholds thresholds;
    private final EmergingTopics emerging;
    private final LongAdder assigned = new LongAdder();
    private final LongAdder settledByText = new LongAdder();

    private TopicCatalogue(QuestionFeaturizer featurizer, KnownTopics known, FastPath fastPath, List<String> labels,
            NoveltyThresholds thresholds, float embeddingWeight) {
        this.featurizer = featurizer;
        this.known = known;
        this.fastPath = fastPath;
        this.labels = labels;
        this.thresholds = thresholds;
        this.emerging = new EmergingTopics(embeddingWeight);
    }

    /** Learns from the knowledge base with the shared bge-small model and default settings. */
    public static TopicCatalogue learn(List<LabelledQuestion> knowledgeBase) {
        return learn(knowledgeBase, SharedModels.bgeSmall(), CatalogueSettings.defaults());
    }

    public static TopicCatalogue learn(List<LabelledQuestion> knowledgeBase, SentenceEmbedder embedder,
            CatalogueSettings settings) {
        if (knowledgeBase.isEmpty()) {
            throw new IllegalArgumentException("the knowledge base needs at least one labelled question");
        }
        List<String> labels = new ArrayList<>();
        Map<String, Integer> topicOf = new HashMap<>();
        int[] topics = new int[knowledgeBase.size()];
        List<String> texts = new ArrayList<>(knowledgeBase.size());
        for (int i = 0; i < knowledgeBase.size(); i++) {
            LabelledQuestion question = knowledgeBase.get(i);
            topics[i] = topicOf.computeIfAbsent(question.label(), label -> {
                labels.add(label);
                return labels.size() - 1;
            });
            texts.add(question.text());
        }
        QuestionFeaturizer.Fitted fitted = QuestionFeaturizer.fit(embedder, texts);
        KnownTopics known = KnownTopics.train(fitted.knowledgeBase(), topics, labels.size(),
                embedder.dimension(), fitted.featurizer().vocabularySize(), settings);
        NoveltyThresholds thresholds = NoveltyThresholds.calibrate(known, fitted.knowledgeBase(), settings);
        FastPath fastPath = FastPath.train(fitted.knowledgeBase(), topics, labels.size(),
                fitted.featurizer().vocabularySize(), settings);
        return new TopicCatalogue(fitted.featurizer(), known, fastPath, List.copyOf(labels), thresholds,
                settings.embeddingWeight());
    }

    public TopicAssignment assign(String question) {
        return assignAll(List.of(question)).get(0);
    }

    /** Assigns in the order given; an emerging cluster opened by one question can take a later one of the list. */
    public List<TopicAssignment> assignAll(List<String> questions) {
        List<TopicAssignment> assignments = new ArrayList<>(questions.size());
        for (int from = 0; from < questions.size(); from += CHUNK) {
            assignments.addAll(assignChunk(questions.subList(from, Math.min(questions.size(), from + CHUNK))));
        }
        return assignments;
    }

    private List<TopicAssignment> assignChunk(List<String> questions) {
        List<QuestionFeatures> features = featurizer.textFeatures(questions);
        TopicAssignment[] settled = new TopicAssignment[questions.size()];
        List<String> openTexts = new ArrayList<>();
        List<QuestionFeatures> openFeatures = new ArrayList<>();
        for (int i = 0; i < settled.length; i++) {
            int index = i;
            fastPath.settle(features.get(i)).ifPresentOrElse(
                    match -> settled[index] = new TopicAssignment(labels.get(match.topic()), match.confidence(), false),
                    () -> {
                        openTexts.add(questions.get(index));
                        openFeatures.add(features.get(index));
                    });
        }
        assigned.add(questions.size());
        settledByText.add(questions.size() - openTexts.size());
        List<QuestionFeatures> embedded = featurizer.withEmbeddings(openTexts, openFeatures);
        List<TopicAssignment> assignments = new ArrayList<>(settled.length);
        int next = 0;
        for (TopicAssignment fast : settled) {
            // in input order, so that an emerging cluster is opened by the earliest of its questions
            assignments.add(fast != null ? fast : assign(embedded.get(next++)));
        }
        return assignments;
    }

    private TopicAssignment assign(QuestionFeatures question) {
        KnownTopics.Match match = known.match(question);
        float threshold = thresholds.of(question.language());
        if (match.nearestSimilarity() >= threshold) {
            return new TopicAssignment(labels.get(match.topic()), match.confidence(), false);
        }
        return emerging.place(question, threshold);
    }

    /** Questions assigned so far, and how many of them the text-only fast path settled without the sentence model. */
    public MatchingCounts counts() {
        return new MatchingCounts(assigned.sum(), settledByText.sum(), emerging.sizes().values().stream()
                .mapToLong(Integer::longValue).sum());
    }

    public List<String> knownTopics() {
        return labels;
    }

    /** Emerging cluster ids with their number of questions, oldest first. */
    public Map<String, Integer> emergingTopics() {
        return emerging.sizes();
    }

    /** Nearest-example similarity below which a question of that language is taken as unseen. */
    public Map<QuestionLanguage, Float> noveltyThresholds() {
        return thresholds.asMap();
    }
}
