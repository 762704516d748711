package org.onevoice.gateway.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void tellsDutchFromEnglishInShortCustomerMessages() {
        assertEquals("nl", LanguageDetector.detect("@AcmeNL mijn pakket is nog steeds niet bezorgd, waarom duurt dat zo lang?"));
        assertEquals("en", LanguageDetector.detect("@Acme my parcel still has not arrived, why is this taking so long?"));
        assertEquals("de", LanguageDetector.detect("Warum ist meine Bestellung noch nicht da? Bitte um Antwort"));
    }

    @Test
    void saysUndeterminedRatherThanGuessing() {
        assertEquals("und", LanguageDetector.detect("@Acme 😡😡😡 #fail"));
        assertEquals("und", LanguageDetector.detect(null));
        assertEquals("und", LanguageDetector.detect("is"), "'is' is Dutch and English alike");
    }

    @Test
    void trustsTheChannelsOwnTagOnlyWhenItIsALanguage() {
        assertEquals("fr", LanguageDetector.detect("the text does not matter", "fr"));
        assertEquals("nl", LanguageDetector.detect("kan iemand mij helpen met mijn factuur", "und"));
        assertEquals("en", LanguageDetector.detect("can someone help me with my bill", "qme"));
    }
}
