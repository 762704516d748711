package org.onevoice.local.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * What the Kafka broker was asked to do per contact, from its own request and topic meters: the broker runs in this
 * JVM, so they are read from the platform MBean server. A broker's cost goes mostly by request, not by record, so
 * this says how well the services batch; PostgreSQL's statements say the same for the database.
 */
final class KafkaRequests {
    private static final String REQUESTS = "kafka.network:type=RequestMetrics,name=RequestsPerSec,*";
    private static final String TOPICS = "kafka.server:type=BrokerTopicMetrics,name=";
    /** Parts of {@code Fetch} the broker also counts on their own; counting them again would add them twice. */
    private static final Set<String> SUBSETS = Set.of("FetchConsumer", "FetchFollower");

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private Map<String, Long> atReset = Map.of();

    /** Counts from now on. */
    void reset() {
        atReset = counts();
    }

    BenchReport.KafkaWork report(long contacts) {
        Map<String, Long> now = counts();
        List<BenchReport.KafkaRequestWork> requests = new ArrayList<>();
        now.forEach((name, count) -> {
            long since = count - atReset.getOrDefault(name, 0L);
            if (name.startsWith("request ") && since > 0) {
                requests.add(new BenchReport.KafkaRequestWork(name.substring("request ".length()), since, per(since, contacts)));
            }
        });
        requests.sort(Comparator.comparingLong(BenchReport.KafkaRequestWork::count).reversed());
        return new BenchReport.KafkaWork(per(since(now, "MessagesInPerSec"), contacts), per(since(now, "BytesInPerSec"), contacts),
                per(since(now, "BytesOutPerSec"), contacts), requests);
    }

    private long since(Map<String, Long> now, String meter) {
        return now.getOrDefault(meter, 0L) - atReset.getOrDefault(meter, 0L);
    }

    private Map<String, Long> counts() {
        try {
            return read();
        } catch (JMException e) {
            throw new IllegalStateException("cannot read the Kafka broker's meters: " + e.getMessage(), e);
        }
    }

    private Map<String, Long> read() throws JMException {
        Map<String, Long> counts = new HashMap<>();
        for (ObjectName name : server.queryNames(new ObjectName(REQUESTS), null)) {
            String request = name.getKeyProperty("request");
            if (request != null && !SUBSETS.contains(request)) {
                counts.merge("request " + request, count(name), Long::sum);
            }
        }
        for (String meter : List.of("MessagesInPerSec", "BytesInPerSec", "BytesOutPerSec")) {
            ObjectName name = new ObjectName(TOPICS + meter);
            if (server.isRegistered(name)) {
                counts.put(meter, count(name));
            }
        }
        return counts;
    }

    private long count(ObjectName meter) throws JMException {
        return ((Number) server.getAttribute(meter, "Count")).longValue();
    }

    private static double per(long value, long contacts) {
        return contacts == 0 ? 0 : Math.round((double) value / contacts * 1000) / 1000.0;
    }
}
