package org.onevoice.topics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Waarom is mijn pas geblokkeerd?|DUTCH",
            "Ik wil mijn rekening opzeggen|DUTCH",
            "Hoeveel kost een overboeking naar het buitenland?|DUTCH",
            "Why is my card blocked?|ENGLISH",
            "I want to close my account|ENGLISH",
            "PIN?|ENGLISH"})
    void detectsTheLanguageOfShortQuestions(String question, QuestionLanguage expected) {
        assertEquals(expected, QuestionLanguage.detect(question));
    }
}
