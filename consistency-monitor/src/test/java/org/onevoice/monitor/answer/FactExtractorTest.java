package org.onevoice.monitor.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The same fact in other words, or the other language, comes out the same. */
class FactExtractorTest {

    private static List<String> facts(String answer) {
        return FactExtractor.extract(answer).stream().map(f -> f.kind() + " " + f.value()).toList();
    }

    @Test
    void durationsInDutchAndEnglish() {
        assertEquals(List.of("DURATION 3 business days"), facts("Je ontvangt het geld binnen 3 werkdagen."));
        assertEquals(List.of("DURATION 3 business days"), facts("You will have it within 3 business days"));
        assertEquals(List.of("DURATION 10 business days"), facts("Refunds take up to 10 working days."));
        assertEquals(List.of("DURATION 24 hours"), facts("We reageren binnen 24 uur"));
    }

    @Test
    void numbersWrittenAsWordsInDutchAndEnglish() {
        assertEquals(List.of("DURATION 3 business days"), facts("Your refund arrives within three working days."));
        assertEquals(List.of("DURATION 3 business days"), facts("Het geld staat binnen drie werkdagen op je rekening."));
        assertEquals(List.of("DURATION 10 days"), facts("Het duurt tien dagen."));
        assertEquals(List.of("DURATION 1 weeks"), facts("Binnen één week."));
        assertEquals(List.of("DURATION 1 weeks"), facts("Within one week."));
        assertEquals(List.of("DURATION 12 hours"), facts("Twaalf uur"));
        assertEquals(List.of("DURATION 12 hours"), facts("Twelve hours"));
        assertEquals(List.of("AMOUNT EUR 10.00"), facts("Dat kost tien euro"));
        assertEquals(List.of("PERCENTAGE 20%"), facts("Je krijgt twintig procent korting"));
        // A number word inside another word is not a number: "often" holds "ten", "tweede" is not "twee".
        assertEquals(List.of(), facts("We often reply the tweede dag."));
    }

    @Test
    void amountsAndPercentages() {
        assertEquals(List.of("AMOUNT EUR 12.50"), facts("De kosten zijn €12,50 per maand"));
        assertEquals(List.of("AMOUNT EUR 12.50"), facts("It costs 12.50 euro a month"));
        assertEquals(List.of("AMOUNT EUR 25.00"), facts("Dat kost € 25,-"));
        assertEquals(List.of("PERCENTAGE 10%"), facts("Je krijgt 10% korting"));
        assertEquals(List.of("PERCENTAGE 10%"), facts("You get 10 percent off"));
    }

    @Test
    void phoneNumbersAndUrls() {
        assertEquals(List.of("PHONE 0881234567"), facts("Bel ons op 088 123 4567"));
        assertEquals(List.of("PHONE 0881234567"), facts("Call +31 88 123 4567 please"));
        assertEquals(List.of("URL acme.nl/retour"), facts("Zie https://www.acme.nl/retour/."));
        assertEquals(List.of("URL acme.nl/retour"), facts("See www.acme.nl/retour"));
    }

    @Test
    void aLeadingYesOrNo() {
        assertEquals(List.of("YES_NO yes"), facts("Ja, dat kan online."));
        assertEquals(List.of("YES_NO no"), facts("@jan Nee, dat kan alleen in de winkel."));
        assertEquals(List.of("YES_NO no"), facts("No, that is not possible."));
        assertEquals(List.of(), facts("We look into it and come back to you."));
    }
}
