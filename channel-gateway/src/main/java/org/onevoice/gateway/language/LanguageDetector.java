package org.onevoice.gateway.language;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells Dutch from English (and German, which Dutch customers' neighbours write) by counting each
 * language's most frequent function words. Customer messages are short and informal; function words
 * survive typos, slang and product names where dictionaries do not. A text with no clear majority
 * is {@link #UNDETERMINED}: a wrong language is worse for routing than none.
 */
public final class LanguageDetector {
    public static final String UNDETERMINED = "und";

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "nl", Set.of("de", "het", "een", "en", "van", "ik", "je", "jullie", "is", "niet", "dat", "die", "op", "te", "met",
                    "voor", "mijn", "maar", "wat", "nog", "geen", "ook", "er", "al", "wel", "bij", "naar", "heb", "hebben",
                    "kan", "kunnen", "waarom", "hoe", "wanneer", "mij", "u", "uw", "zijn", "was", "word", "wordt", "dit",
                    "om", "nu", "graag", "bedankt", "alvast", "sinds", "weer", "moet", "gaat", "even"),
            "en", Set.of("the", "a", "an", "and", "of", "i", "you", "your", "is", "not", "that", "this", "on", "to", "with",
                    "for", "my", "but", "what", "still", "no", "also", "there", "have", "has", "can", "could", "why", "how",
                    "when", "me", "are", "was", "it", "be", "please", "thanks", "since", "again", "do", "does", "did", "in",
                    "at", "from", "been", "will", "would", "just"),
            "de", Set.of("der", "die", "das", "ein", "eine", "und", "ich", "nicht", "ist", "mit", "für", "mein", "meine",
                    "aber", "was", "noch", "kein", "keine", "auch", "habe", "haben", "kann", "warum", "wie", "wann", "mir",
                    "sie", "ihr", "bitte", "danke", "seit", "wieder", "auf", "zu", "von", "den", "dem", "es"));

    private LanguageDetector() {
    }

    /** @return an ISO 639-1 code, or {@link #UNDETERMINED} */
    public static String detect(String text) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        Map<String, Integer> hits = new HashMap<>();
        var words = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            STOP_WORDS.forEach((language, stopWords) -> {
                if (stopWords.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                best = entry.getKey();
                bestHits = entry.getValue();
                tie = false;
            } else if (entry.getValue() == bestHits) {
                tie = true;
            }
        }
        return tie ? UNDETERMINED : best;
    }

    /**
     * The channel's own language tag when it is a plain ISO 639-1 code, else detection: X tags
     * undeterminable tweets {@code und}, {@code qme}, {@code zxx} and the like.
     */
    public static String detect(String text, String channelLanguage) {
        if (channelLanguage != null && channelLanguage.matches("[a-z]{2}")) {
            return channelLanguage;
        }
        return detect(text);
    }
}
