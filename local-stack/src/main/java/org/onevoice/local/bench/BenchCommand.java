package org.onevoice.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Threading;
import org.onevoice.local.cli.LocalPaths;
import org.onevoice.local.cli.ServiceJvmOptions;
import org.onevoice.local.cli.ServiceProcess;
import org.onevoice.local.cli.ServiceStack;
import org.onevoice.local.http.HttpPoster;
import org.onevoice.local.replay.GatewayWebhooks;

/**
 * {@code ./onevoice bench}: starts a fresh system, measures this machine's ceilings for the same
 * work, drives load through the gateway's real entry points and reports what arrived where, how
 * fast, and what it cost. See docs/performance.md.
 */
public final class BenchCommand {
    private static final Duration CEILING_RUN = Duration.ofSeconds(3);
    /** Stop waiting for the stores to catch up once nothing new arrived for this long. */
    private static final Duration DRAIN_IDLE = Duration.ofSeconds(20);
    private static final String STORED = "accepted contacts stored";
    private static final int INBOX_REQUESTS = 200;
    /** An agent's usual view: one channel, one status; a fifteenth of the seeded tickets. */
    private static final String INBOX_FILTERS = "&channel=EMAIL&status=NEW";
    private static final int WARM_UP_MAX_RATE = 50;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final Duration START_AGAIN_TIMEOUT = Duration.ofSeconds(120);
    /** The JSON report's share; the table prints the first {@link ReportTable#STATEMENTS_PRINTED}. */
    private static final int TOP_STATEMENTS = 40;

    private final Map<String, String> env;

    public BenchCommand(Map<String, String> env) {
        this.env = env;
    }

    public int run(String[] args) throws IOException, InterruptedException {
        Path root = LocalPaths.fromEnvironment(env).root();
        Instant startedAt = Instant.now();
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, root, startedAt);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            return 2;
        }
        ContactTexts texts = options.data() == null ? ContactTexts.generated() : ContactTexts.from(options.data());
        List<String> jvmOptions = ServiceJvmOptions.fromEnvironment(env);
        String javaOptions = String.join(" ", jvmOptions);
        Path logDir = options.out().resolveSibling(options.out().getFileName().toString().replaceFirst("\\.json$", "") + "-logs");
        System.out.println("OneVoice bench: starting a fresh Kafka, PostgreSQL and services (logs in " + logDir + ")");
        try (BenchStack stack = BenchStack.start(root, logDir, jvmOptions)) {
            Map<String, Double> ready = stack.startServices(Duration.ofSeconds(
                    Long.parseLong(env.getOrDefault("ONEVOICE_START_TIMEOUT_SECONDS", "180"))));
            ready.forEach((service, seconds) -> System.out.printf("  %-20s ready in %5.1f s%n", service, seconds));
            BenchReport report = measure(stack, options, texts, ready, startedAt, String.join(" ", args), javaOptions);
            Files.createDirectories(options.out().toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(options.out().toFile(), report);
            ReportTable.print(report, System.out);
            System.out.println("\nJSON report: " + options.out());
            return 0;
        } catch (SQLException e) {
            System.err.println("OneVoice bench: cannot read a database: " + e.getMessage());
            return 1;
        } catch (IllegalStateException e) {
            // A service that is not built or does not start, a broker or database that fails: say which, no stack trace.
            System.err.println("OneVoice bench: " + e.getMessage());
            return 1;
        }
    }

    private BenchReport measure(BenchStack stack, BenchOptions options, ContactTexts texts, Map<String, Double> ready,
                                Instant startedAt, String command, String javaOptions) throws SQLException, InterruptedException {
        List<String> notes = new ArrayList<>();
        notes.add("load average before the load (1, 5, 15 min): " + loadAverage());
        if (stack.services().processes().stream().anyMatch(ServiceProcess::recordsClasses)) {
            notes.add("first start after a build: the services started without their class archive and record it as they stop,"
                    + " so the restarts below use it");
        }
        ProcessUsage usage = new ProcessUsage();
        for (ServiceProcess service : stack.services().processes()) {
            usage.track(service.name(), () -> List.of(service.pid()));
        }
        usage.track("launcher JVM (Kafka broker)", () -> List.of(ProcessHandle.current().pid()));
        usage.track("postgresql (all processes)", () -> ProcessUsage.postgresProcesses(stack.postgresDataDir()));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String ticketsDb = stack.infra().postgres().jdbcUrl("tickets");
        String ticketService = stack.services().get(ServiceStack.TICKETS).baseUrl();
        String agent = stack.logins().agentAuthorization();
        BenchReport.Inbox inbox = options.seedTickets() == 0 ? null : inbox(options.seedTickets(), ticketsDb, http, ticketService, agent);

        System.out.println("OneVoice bench: measuring the ceilings of Kafka and PostgreSQL on this machine");
        Ceilings ceilingRuns = new Ceilings(stack.infra(), CEILING_RUN);
        int recordBytes = sampleContactBytes(texts);
        BenchReport.Ceilings ceilings = new BenchReport.Ceilings(recordBytes, round(ceilingRuns.kafkaRecordsPerSecond(recordBytes)),
                round(ceilingRuns.postgresBatchedPerSecond()), round(ceilingRuns.postgresPerCommitPerSecond()));

        StoredRows tickets = StoredRows.tickets(ticketsDb);
        StoredRows monitor = StoredRows.monitor(stack.infra().postgres().jdbcUrl("monitor"));
        RecentTickets recent = new RecentTickets(ticketsDb);
        BenchRole.create(stack.infra().postgres());
        PostgresStatements statements = new PostgresStatements(stack.infra().postgres());
        KafkaRequests kafkaRequests = new KafkaRequests();
        HttpPoster ticketPoster = new HttpPoster(URI.create(ticketService));
        ReplyLoad replies = ReplyLoad.measured(ticketPoster, agent, options.repliesPercent(), recent::ids);
        RateSchedule schedule = options.schedule();
        GatewayWebhooks webhooks = new GatewayWebhooks(stack.services().get(ServiceStack.GATEWAY).baseUrl(), stack.secrets());
        ScheduledExecutorService sampler = Executors.newScheduledThreadPool(2);
        AckLog log;
        double loadSeconds;
        long loadStartMicros;
        int run = (int) (startedAt.getEpochSecond() % 1_000_000);
        try (ticketPoster;
             ConsumerLag lag = new ConsumerLag(stack.infra().kafka().bootstrapServers());
             LoadGenerator generator = new LoadGenerator(options.mix(), texts, webhooks, "127.0.0.1", stack.ports().smtp(),
                     options.maxInFlight())) {
            sampler.scheduleAtFixedRate(recent::refresh, 0, 1, TimeUnit.SECONDS);
            long[] warmStored = warmUp(generator, options, run + 1,
                    ReplyLoad.warmUp(ticketPoster, agent, options.repliesPercent(), recent::ids), tickets, monitor);
            sampler.scheduleAtFixedRate(() -> {
                lag.sample();
                usage.sample();
            }, 1, 1, TimeUnit.SECONDS);
            usage.start();
            statements.reset();
            kafkaRequests.reset();
            System.out.printf("OneVoice bench: %s load, %d contacts planned%n", options.mode(), schedule.count());
            loadStartMicros = epochMicros(Instant.now());
            log = generator.run(schedule, run, replies, options.mode() == BenchOptions.Mode.RAMP,
                    Duration.ofMillis(options.maxAckMillis()));
            loadSeconds = schedule.secondsFor(log.sent());
            long accepted = countAccepted(log);
            drain(ServiceStack.TICKETS, STORED, tickets::count, warmStored[0] + accepted);
            boolean monitorReadable = drain(ServiceStack.MONITOR, STORED, monitor::count, warmStored[1] + accepted);
            if (!monitorReadable) {
                notes.add("the monitor's contact table could not be read, so ack->monitor is not measured");
            }
            Map<Long, Long> repliesAccepted = replies.acceptedSentNanos();
            ReplyDeliveries deliveries = new ReplyDeliveries(stack.replySinks(), ticketsDb, stack.infra().postgres().jdbcUrl("gateway"),
                    stack.infra().kafka().bootstrapServers());
            drain(ServiceStack.GATEWAY, "accepted replies delivered", deliveries::delivered, repliesAccepted.size());
            drain(ServiceStack.TICKETS, "accepted replies reported back", deliveries::decided, repliesAccepted.size());
            sampler.shutdownNow();
            notes.add("load average after the load (1, 5, 15 min): " + loadAverage());
            LoadAnalysis analysis = new LoadAnalysis(log, schedule, tickets.rows(), monitorReadable ? monitor.rows() : null);
            BenchReport.Load load = analysis.load(loadSeconds, loadStartMicros);
            List<BenchReport.Step> steps = analysis.steps(options.maxAckMillis(), options.maxCommitMillis());
            boolean ramp = options.mode() == BenchOptions.Mode.RAMP;
            Integer held = ramp ? LoadAnalysis.highestRateHeld(steps) : null;
            double throughput = ramp ? Objects.requireNonNullElse(held, 0) : load.committedPerSecond();
            BenchReport.Ratios ratios = new BenchReport.Ratios(share(throughput, ceilings.kafkaRecordsPerSecond()),
                    share(throughput, ceilings.postgresBatchedContactsPerSecond()), share(throughput, ceilings.postgresPerCommitContactsPerSecond()));
            BenchReport.Setup setup = new BenchReport.Setup(options.mode().name(), options.rate(), options.durationSeconds(),
                    options.mix().toString(), options.repliesPercent(), options.data() == null ? "generated" : options.data().toString(),
                    options.maxInFlight(), javaOptions, Runtime.getRuntime().availableProcessors(), round(stack.infrastructureReadySeconds()));
            List<BenchReport.ProcessFigures> processes = usage.report(load.accepted());
            BenchReport.PostgresWork postgres = statements.report(load.accepted(), TOP_STATEMENTS);
            BenchReport.KafkaWork kafka = kafkaRequests.report(load.accepted());
            System.out.println("OneVoice bench: restarting each service alone");
            Map<String, Double> restarted = stack.restartEachAlone(START_AGAIN_TIMEOUT);
            return new BenchReport(startedAt.toString(), "./onevoice bench " + command, setup, ready, restarted, inbox, ceilings, load,
                    analysis.latencies(), analysis.integrity(), replies.report(deliveries.report(repliesAccepted)), lag.maxima(), processes, postgres, kafka, ratios, steps, held, notes);
        } finally {
            sampler.shutdownNow();
        }
    }

    /**
     * Untimed contacts and agent replies first, so the services' JIT compilers, connection pools and Kafka
     * clients are past their cold start when the measured load begins. Returns how many contacts the ticket
     * service and the monitor hold afterwards.
     */
    private static long[] warmUp(LoadGenerator generator, BenchOptions options, int run, ReplyLoad replies, StoredRows tickets,
                                 StoredRows monitor) throws InterruptedException {
        if (options.warmUpSeconds() == 0) {
            return new long[] {0, 0};
        }
        System.out.printf("OneVoice bench: warming up for %d s (not measured)%n", options.warmUpSeconds());
        AckLog log = generator.run(RateSchedule.fixed(Math.min(options.rate(), WARM_UP_MAX_RATE), options.warmUpSeconds()), run,
                replies, false, Duration.ZERO);
        long accepted = countAccepted(log);
        drain(ServiceStack.TICKETS, STORED, tickets::count, accepted);
        drain(ServiceStack.MONITOR, STORED, monitor::count, accepted);
        try {
            return new long[] {tickets.count(), monitor.count()};
        } catch (SQLException monitorUnreadable) {
            return new long[] {0, 0};
        }
    }

    private static BenchReport.Inbox inbox(long count, String ticketsDb, HttpClient http, String ticketService, String agent)
            throws SQLException, InterruptedException {
        System.out.printf("OneVoice bench: seeding %d tickets, then timing the inbox API%n", count);
        Instant now = Instant.now();
        try {
            double seconds = new TicketSeeder(ticketsDb).seed(count, now);
            InboxProbe all = new InboxProbe(http, ticketService, agent, "", INBOX_REQUESTS);
            InboxProbe filtered = new InboxProbe(http, ticketService, agent, INBOX_FILTERS, INBOX_REQUESTS);
            long middle = count / 2;
            Instant middleOpenedAt = TicketSeeder.openedAt(middle, count, now);
            return new BenchReport.Inbox(count, round(seconds), all.firstPage(),
                    all.pageAfter(middleOpenedAt, TicketSeeder.FIRST_ID + middle), INBOX_FILTERS, filtered.firstPage(),
                    filtered.pageAfter(middleOpenedAt, TicketSeeder.FIRST_ID + middle));
        } catch (IOException e) {
            throw new IllegalStateException("inbox probe failed: " + e.getMessage(), e);
        }
    }

    /** A number read while waiting for the system to catch up, e.g. the contacts a store holds. */
    @FunctionalInterface
    private interface Count {
        long read() throws SQLException;
    }

    /**
     * Waits until {@code count} reaches {@code expected}, or nothing new arrived for {@link #DRAIN_IDLE};
     * returns false if it cannot be read at all.
     *
     * @param what what is counted, e.g. "accepted contacts stored"
     */
    private static boolean drain(String service, String what, Count count, long expected) throws InterruptedException {
        long last = -1;
        long lastChange = System.nanoTime();
        long lastPrint = 0;
        while (true) {
            long now;
            try {
                now = count.read();
            } catch (SQLException e) {
                System.err.println("  " + service + ": cannot count " + what + ": " + e.getMessage());
                return false;
            }
            if (now >= expected) {
                return true;
            }
            if (now != last) {
                if (System.nanoTime() - lastPrint > PROGRESS_EVERY.toNanos()) {
                    System.out.printf("  %s: %d of %d %s%n", service, now, expected, what);
                    lastPrint = System.nanoTime();
                }
                last = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > DRAIN_IDLE.toNanos()) {
                System.out.printf("  %s: stuck at %d of %d %s for %d s, counting the rest as missing%n", service, now, expected,
                        what, DRAIN_IDLE.toSeconds());
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    /** Other work on the machine skews every figure; the report says how busy it was. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long countAccepted(AckLog log) {
        long accepted = 0;
        for (long i = 0; i < log.sent(); i++) {
            accepted += log.accepted(i) ? 1 : 0;
        }
        return accepted;
    }

    /** The size of a ContactReceived as the gateway publishes it, for the Kafka ceiling's records. */
    private static int sampleContactBytes(ContactTexts texts) {
        String tweetId = "1000000000000000001";
        ContactReceived sample = new ContactReceived(EventIds.forChannelMessage(Channel.X, tweetId, ContactReceived.TYPE), Channel.X,
                tweetId, Threading.none(), new CustomerIdentity(IdentityKind.X_USER, "500000001", "bench1", "bench1"),
                Instant.now(), Instant.now(), "en", null, texts.tweet(0), Map.of());
        try {
            return EventJson.MAPPER.writeValueAsBytes(sample).length;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double share(double throughput, double ceiling) {
        return ceiling > 0 ? Math.round(throughput / ceiling * 10_000) / 10_000.0 : 0;
    }

    private static double round(double value) {
        return LoadAnalysis.round(value);
    }

    private static long epochMicros(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    }
}
