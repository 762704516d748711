package org.onevoice.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onevoice.topics.text.QuestionLanguage;

/** Runs the real bge-small model (loaded once for the JVM) on knowledge bases the project wrote itself. */
class TopicCatalogueTest {

    private static List<LabelledQuestion> englishKnowledge;
    private static List<LabelledQuestion> dutchKnowledge;

    @BeforeAll
    static void readFixtures() {
        englishKnowledge = Fixtures.labelled("/english-banking/knowledge-base.csv");
        dutchKnowledge = Fixtures.labelled("/dutch-banking/knowledge-base.csv");
    }

    @Test
    void englishParaphrasesLandOnTheTopicTheyAskAbout() {
        TopicCatalogue catalogue = TopicCatalogue.learn(englishKnowledge);

        List<TopicAssignment> assignments = catalogue.assignAll(List.of(
                "my card has not come in the mail yet",
                "somebody took my bank card, please block it",
                "I need to change the pin on my card",
                "how do I close down my account?",
                "what's the conversion rate from euro to dollar?",
                "adding funds to my balance didn't work"));

        assertEquals(List.of("card_arrival", "lost_or_stolen_card", "change_pin", "terminate_account",
                "exchange_rate", "top_up_failed"), assignments.stream().map(TopicAssignment::topic).toList());
        assertTrue(assignments.stream().noneMatch(TopicAssignment::emerging));
        assertTrue(assignments.stream().allMatch(a -> a.confidence() > 0 && a.confidence() <= 1), assignments::toString);
    }

    @Test
    void unrelatedQuestionsOpenANewClusterThatTheirParaphrasesJoin() {
        TopicCatalogue catalogue = TopicCatalogue.learn(englishKnowledge);

        TopicAssignment football = catalogue.assign("What time does the football match start tonight?");
        TopicAssignment footballAgain = catalogue.assign("When is kick-off for tonight's football game?");
        TopicAssignment recipe = catalogue.assign("Can you recommend a recipe for vegetarian lasagna?");
        TopicAssignment known = catalogue.assign("my card never arrived");

        assertTrue(football.emerging(), football::toString);
        assertEquals("new-1", football.topic());
        assertEquals(football.topic(), footballAgain.topic(), "a paraphrase of a new question joins its cluster");
        assertTrue(recipe.emerging(), recipe::toString);
        assertNotEquals(football.topic(), recipe.topic());
        assertEquals("card_arrival", known.topic());
        assertFalse(known.emerging());
        assertEquals(2, catalogue.emergingTopics().get("new-1"));
        assertFalse(catalogue.knownTopics().contains("new-1"), "emerging clusters stay apart from the knowledge base");
    }

    @Test
    void dutchParaphrasesMatchWithoutTheEnglishSentenceModel() {
        TopicCatalogue catalogue = TopicCatalogue.learn(dutchKnowledge);
        List<LabelledQuestion> questions = Fixtures.labelled("/dutch-banking/questions.csv");

        List<TopicAssignment> assignments = catalogue.assignAll(questions.stream().map(LabelledQuestion::text).toList());

        int correct = 0;
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).label().equals(assignments.get(i).topic())) {
                correct++;
            }
        }
        assertTrue(correct >= 0.85 * questions.size(), correct + " of " + questions.size() + " Dutch questions matched");
        assertEquals("change_pin", catalogue.assign("Hoe kan ik mijn pincode veranderen?").topic());
        assertTrue(catalogue.noveltyThresholds().containsKey(QuestionLanguage.DUTCH));
    }

    @Test
    void aMixedKnowledgeBaseServesBothLanguages() {
        List<LabelledQuestion> both = new ArrayList<>(englishKnowledge);
        both.addAll(dutchKnowledge);
        TopicCatalogue catalogue = TopicCatalogue.learn(both);

        List<TopicAssignment> assignments = catalogue.assignAll(List.of(
                "Ik ben mijn bankpas verloren", "I lost my bank card",
                "Mijn opwaardering is mislukt", "my top up did not go through"));

        assertEquals(List.of("lost_or_stolen_card", "lost_or_stolen_card", "top_up_failed", "top_up_failed"),
                assignments.stream().map(TopicAssignment::topic).toList());
    }

    @Test
    void concurrentCallersGetTheSameAnswersAsOneCaller() throws Exception {
        TopicCatalogue catalogue = TopicCatalogue.learn(englishKnowledge);
        List<String> questions = englishKnowledge.stream().map(LabelledQuestion::text).toList();
        List<String> expected = catalogue.assignAll(questions).stream().map(TopicAssignment::topic).toList();

        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TopicAssignment>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(callers.submit(() -> catalogue.assignAll(questions)));
            }
            for (Future<List<TopicAssignment>> result : results) {
                assertEquals(expected, result.get().stream().map(TopicAssignment::topic).toList());
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(englishKnowledge.stream().map(LabelledQuestion::label).toList(), expected,
                "every knowledge-base question is found on its own topic");
    }
}
