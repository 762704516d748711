package org.onevoice.topics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfIdfVocabularyTest {

    private final TermExtractor terms = new TermExtractor();

    @Test
    void stemmingAndCharacterGramsMakeDutchCompoundsAndInflectionsSimilar() {
        List<String> texts = List.of("Mijn pinpas is geblokkeerd", "Mijn bankpas is gestolen", "Wat is de wisselkoers?");
        TfIdfVocabulary vocabulary = TfIdfVocabulary.fit(texts.stream()
                .map(text -> terms.terms(text, QuestionLanguage.DUTCH)).toList());

        SparseVector blocked = vocabulary.vectorize(terms.terms("Mijn pinpas is geblokkeerd", QuestionLanguage.DUTCH));
        SparseVector blockedAgain = vocabulary.vectorize(terms.terms("pinpassen blokkeren", QuestionLanguage.DUTCH));
        SparseVector rate = vocabulary.vectorize(terms.terms("wisselkoersen", QuestionLanguage.DUTCH));

        assertEquals(1.0, blocked.dot(blocked), 1e-5, "vectors are unit length");
        // the stemmer leaves "pinpassen" as "pinpass": the character grams are what join it to "pinpas"
        assertTrue(blocked.dot(blockedAgain) > 0.4, "similarity " + blocked.dot(blockedAgain));
        assertTrue(blocked.dot(blockedAgain) > 3 * blockedAgain.dot(rate), "shared grams count, unrelated words barely");
    }

    @Test
    void termsNeverSeenInTheKnowledgeBaseAreIgnored() {
        TfIdfVocabulary vocabulary = TfIdfVocabulary.fit(List.of(terms.terms("card", QuestionLanguage.ENGLISH)));

        assertEquals(0, vocabulary.vectorize(terms.terms("zzz qqq", QuestionLanguage.ENGLISH)).indices().length);
    }

    @Test
    void scatteredDotProductEqualsTheMergedOne() {
        TfIdfVocabulary vocabulary = TfIdfVocabulary.fit(List.of(
                terms.terms("my card was declined", QuestionLanguage.ENGLISH),
                terms.terms("card payment declined in a shop", QuestionLanguage.ENGLISH)));
        SparseVector a = vocabulary.vectorize(terms.terms("my card was declined", QuestionLanguage.ENGLISH));
        SparseVector b = vocabulary.vectorize(terms.terms("declined card payment", QuestionLanguage.ENGLISH));
        float[] dense = new float[vocabulary.size()];

        a.scatterInto(dense);
        float scattered = b.dotScattered(dense);
        a.clearFrom(dense);

        assertEquals(a.dot(b), scattered, 1e-6);
        for (float value : dense) {
            assertEquals(0f, value);
        }
    }
}
