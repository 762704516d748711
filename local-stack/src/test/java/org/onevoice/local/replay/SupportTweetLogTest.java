package org.onevoice.local.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportTweetLogTest {
    @TempDir
    Path dir;

    @Test
    void customerTweetsGoToTheBrandThatAnswersAndBrandAnswersPointBackToTheCustomer() throws Exception {
        Path csv = dir.resolve("tweets.csv");
        Files.writeString(csv, """
                tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id
                10,4711,True,Tue Oct 31 22:00:00 +0000 2017,"@AcmeCare my order, the blue one, ""never"" came
                still waiting",11,
                11,AcmeCare,False,Tue Oct 31 22:05:30 +0000 2017,@4711 Sorry! Please DM us.,12,10.0
                12,4711,True,Tue Oct 31 22:07:00 +0000 2017,@AcmeCare done,,11.0
                13,999,True,Tue Oct 31 23:00:00 +0000 2017,hello nobody,,
                """);

        List<ReplayEvent.Tweet> tweets = SupportTweetLog.read(csv);

        assertEquals(List.of("10", "11", "12"), tweets.stream().map(ReplayEvent.Tweet::tweetId).toList(),
                "a tweet addressed to no brand in the data has no feed to land in");
        ReplayEvent.Tweet question = tweets.get(0);
        ReplayEvent.Tweet answer = tweets.get(1);
        assertFalse(question.byBrand());
        assertEquals("@AcmeCare my order, the blue one, \"never\" came\nstill waiting", question.text());
        assertEquals(Instant.parse("2017-10-31T22:00:00Z"), question.at());
        assertEquals(SupportTweetLog.userIdOfBrand("AcmeCare"), question.brandUserId());
        assertTrue(answer.byBrand());
        assertEquals(answer.brandUserId(), answer.userId());
        assertEquals("10", answer.inReplyToTweetId());
        assertEquals("4711", answer.inReplyToUserId());
        assertEquals("11", tweets.get(2).inReplyToTweetId());
        assertEquals(answer.userId(), tweets.get(2).inReplyToUserId());
    }
}
