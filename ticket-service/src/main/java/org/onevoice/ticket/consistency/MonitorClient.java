package org.onevoice.ticket.consistency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.onevoice.events.v1.Channel;

/**
 * Asks the consistency monitor ({@code POST /api/answers/check}) whether a draft contradicts what
 * other channels answered on its topic. The monitor is advisory: when it is down, slow or answers
 * with an error, the check is simply unavailable and the agent can still send.
 */
@ApplicationScoped
public class MonitorClient {
    private static final Logger LOG = Logger.getLogger(MonitorClient.class);

    private final ConsistencyConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    MonitorClient(ConsistencyConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    public Optional<MonitorVerdict> check(String topic, Channel channel, String draft) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(config.monitorUrl().resolve("/api/answers/check"));
            config.password().ifPresent(password -> builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((config.username() + ":" + password).getBytes(StandardCharsets.UTF_8))));
            HttpRequest request = builder
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(topic, channel, draft)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warnf("consistency monitor answered a draft check with HTTP %d", response.statusCode());
                return Optional.empty();
            }
            return Optional.of(json.readValue(response.body(), MonitorVerdict.class));
        } catch (IOException e) {
            LOG.warnf("consistency monitor at %s unavailable for a draft check: %s", config.monitorUrl(), e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private String body(String topic, Channel channel, String draft) throws JsonProcessingException {
        return json.writeValueAsString(Map.of("topic", topic, "channel", channel, "draft", draft));
    }
}
