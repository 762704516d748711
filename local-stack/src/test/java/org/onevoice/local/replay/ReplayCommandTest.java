package org.onevoice.local.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.events.serde.EventJson;
import org.onevoice.local.cli.WebhookSecrets;

/** The replay against a gateway stand-in that records what arrives over HTTP. */
class ReplayCommandTest {
    private static final Instant REBASE = Instant.parse("2026-01-05T08:00:00Z");

    @TempDir
    Path dir;
    private HttpServer gateway;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pushedBackOnce = new AtomicBoolean();
    private final WebhookSecrets secrets = WebhookSecrets.generate();

    record Delivery(String path, Map<String, List<String>> headers, String body) {
        JsonNode json() throws Exception {
            return EventJson.MAPPER.readTree(body);
        }
    }

    @BeforeEach
    void startGateway() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/webhooks/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (pushedBackOnce.compareAndSet(false, true)) {
                    exchange.getResponseHeaders().add("Retry-After", "0");
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                deliveries.add(new Delivery(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                        new String(body, StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(202, -1);
            }
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    @Test
    void sendsEverySignedEventInConversationOrderWithBothDataSetsRebasedToTheSameStart() throws Exception {
        Path calls = dir.resolve("calls.tsv");
        Files.writeString(calls, "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time"
                + "\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver\r\n"
                + "AA0101\t3\t41\t2\tNW\t990201\t9:00:00\t9:00:10\t10\t9:00:10\t9:01:40\t90\tAGENT\t9:01:40\t9:03:00\t80\tTOVA\r\n"
                + "AA0101\t4\t42\t2\tNW\t990201\t9:00:30\t9:00:40\t10\t9:00:40\t9:00:50\t10\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER\r\n");
        Path tweets = dir.resolve("tweets.csv");
        Files.writeString(tweets, """
                tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id
                10,4711,True,Tue Oct 31 22:00:00 +0000 2017,@AcmeCare where is my order?,11,
                11,AcmeCare,False,Tue Oct 31 22:05:30 +0000 2017,@4711 On its way!,,10.0
                """);
        Map<String, String> env = Map.of(
                "ONEVOICE_DATA_DIR", dir.resolve("data").toString(),
                WebhookSecrets.X_ENV, secrets.xConsumerSecret(),
                WebhookSecrets.CALL_CENTRE_ENV, secrets.callCentreSecret(),
                WebhookSecrets.EMAIL_ENV, secrets.emailSecret());

        int exit = new ReplayCommand(env).run(new String[] {"--calls", calls.toString(), "--twcs", tweets.toString(),
                "--rebase", REBASE.toString(), "--gateway", "http://127.0.0.1:" + gateway.getAddress().getPort()});

        assertEquals(0, exit);
        assertEquals(7, deliveries.size(), "5 call steps and 2 tweets, the pushed-back one retried");
        List<Delivery> callSteps = deliveries.stream().filter(d -> d.path().equals("/webhooks/call-centre")).toList();
        for (Delivery d : callSteps) {
            String timestamp = d.headers().get("X-onevoice-timestamp").get(0);
            assertEquals(WebhookSigner.oneVoice(secrets.callCentreSecret(), Long.parseLong(timestamp), d.body()),
                    d.headers().get("X-onevoice-signature").get(0));
        }
        List<String> firstCall = callSteps.stream().map(this::json).filter(j -> j.get("callId").asText().equals("ab-AA0101-3"))
                .map(j -> j.get("type").asText()).toList();
        assertEquals(List.of("QUEUED", "ANSWERED", "ENDED"), firstCall);
        assertEquals(REBASE, callSteps.stream().map(d -> Instant.parse(json(d).get("at").asText())).min(Instant::compareTo).orElseThrow(),
                "the call log starts at the rebase instant");

        List<Delivery> xDeliveries = deliveries.stream().filter(d -> d.path().equals("/webhooks/x")).toList();
        assertEquals(2, xDeliveries.size());
        for (Delivery d : xDeliveries) {
            assertEquals(WebhookSigner.x(secrets.xConsumerSecret(), d.body()), d.headers().get("X-twitter-webhooks-signature").get(0));
        }
        // One customer's tweets share a conversation, so they arrive in order.
        JsonNode question = json(xDeliveries.get(0)).get("tweet_create_events").get(0);
        assertEquals("10", question.get("id_str").asText());
        assertEquals(Long.toString(REBASE.toEpochMilli()), question.get("timestamp_ms").asText(), "the tweets start there too");
        JsonNode answer = json(xDeliveries.get(1));
        assertEquals(answer.get("for_user_id").asText(), answer.get("tweet_create_events").get(0).get("user").get("id_str").asText(),
                "the brand's own answer comes from the account the feed belongs to");
        assertEquals(Long.toString(REBASE.plusSeconds(330).toEpochMilli()),
                answer.get("tweet_create_events").get(0).get("timestamp_ms").asText(), "relative times are kept");
        assertTrue(pushedBackOnce.get());
    }

    private JsonNode json(Delivery delivery) {
        try {
            return delivery.json();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
