package org.onevoice.topics.text;

import java.util.Locale;
import java.util.Set;

/**
 * The two languages the help desk answers in. Detection counts function words that occur in only one of the two
 * languages: short customer questions nearly always contain a few, and words shared by both ("is", "in", "of",
 * "want") are left out on purpose. Ties go to English, the language of most traffic.
 */
public enum QuestionLanguage {
    ENGLISH, DUTCH;

    private static final Set<String> DUTCH_ONLY = Set.of(
            "de", "het", "een", "ik", "mijn", "niet", "wat", "hoe", "waarom", "waar", "wanneer", "kan", "kun", "kunt",
            "je", "jij", "jullie", "u", "uw", "van", "voor", "met", "op", "naar", "nog", "geen", "er", "zijn", "heb",
            "heeft", "ben", "wordt", "worden", "moet", "mag", "welke", "dat", "deze", "die", "dit", "ook", "maar",
            "al", "om", "bij", "te", "en", "nu", "hier", "daar", "wel", "mij", "ons", "onze", "wij", "we", "graag",
            "gaat", "doen", "krijg", "krijgen", "geld", "rekening", "betaling", "kaart", "hoeveel");
    private static final Set<String> ENGLISH_ONLY = Set.of(
            "the", "a", "an", "i", "my", "not", "what", "how", "why", "where", "when", "can", "could", "you", "your",
            "are", "am", "do", "does", "did", "have", "has", "for", "with", "on", "to", "from", "no", "any", "there",
            "this", "that", "these", "those", "it", "be", "been", "were", "will", "would", "should", "get", "got",
            "please", "money", "account", "payment", "card", "much", "many", "still", "just");

    public static QuestionLanguage detect(String text) {
        int dutch = 0;
        int english = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (DUTCH_ONLY.contains(word)) {
                dutch++;
            } else if (ENGLISH_ONLY.contains(word)) {
                english++;
            }
        }
        return dutch > english ? DUTCH : ENGLISH;
    }
}
