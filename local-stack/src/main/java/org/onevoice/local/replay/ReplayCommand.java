package org.onevoice.local.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.onevoice.local.cli.LocalPaths;
import org.onevoice.local.cli.WebhookSecrets;

/**
 * {@code ./onevoice replay}: feeds real data sets through the gateway's real, signed endpoints,
 * keeping the events' relative times (sped up), optionally rebased so that data sets from
 * different years start at the same instant and can be compared side by side.
 */
public final class ReplayCommand {
    static final String USAGE = """
            usage: ./onevoice replay [--twcs FILE] [--calls FILE] [--connect-ctr FILE] [options]

              --twcs FILE          TWCS tweets (CSV): customer tweets and the brands' answers, via the X webhook
              --calls FILE         Anonymous Bank call log (TSV), via the call-centre webhook
              --connect-ctr FILE   Amazon Connect contact trace records (JSON), via the call-centre webhook
              --time-zone ZONE     zone of the call log's wall-clock times (default Asia/Jerusalem)
              --rebase INSTANT     shift every data set so that its bulk (from its first percentile on)
                                   starts at INSTANT (ISO-8601)
              --speed-up FACTOR    send FACTOR times faster than the data's own clock; 0 = as fast as
                                   the gateway accepts (default 0)
              --gateway URL        gateway base URL (default http://localhost:$ONEVOICE_GATEWAY_PORT or 8081)
              --concurrency N      requests in flight at most (default 16)

            Webhook secrets come from GATEWAY_X_CONSUMER_SECRET / GATEWAY_CALL_CENTRE_SECRET or the local
            run's .onevoice/run/webhook-secrets.properties.""";

    private final Map<String, String> env;

    public ReplayCommand(Map<String, String> env) {
        this.env = env;
    }

    public int run(String[] args) throws IOException, InterruptedException {
        Options options;
        try {
            options = Options.parse(args, env);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + USAGE);
            return 2;
        }
        Path secretsFile = LocalPaths.fromEnvironment(env).webhookSecrets();
        if (!Files.exists(secretsFile) && !env.containsKey(WebhookSecrets.CALL_CENTRE_ENV)) {
            System.err.println("no webhook secrets: set " + WebhookSecrets.X_ENV + " and " + WebhookSecrets.CALL_CENTRE_ENV
                    + ", or start the local run once (./onevoice up) so that " + secretsFile + " exists");
            return 2;
        }
        WebhookSecrets secrets = WebhookSecrets.loadOrCreate(env, secretsFile).secrets();

        List<ReplayEvent> events = new ArrayList<>();
        if (options.twcs() != null) {
            events.addAll(rebased("TWCS " + options.twcs(), SupportTweetLog.read(options.twcs()), options.rebase()));
        }
        if (options.calls() != null) {
            AnonymousBankLog.Result log = AnonymousBankLog.read(options.calls(), options.timeZone());
            System.out.printf("%s: %d calls are contacts; skipped %d IVR-only and %d phantom calls%n",
                    options.calls(), log.calls(), log.skippedIvrOnly(), log.skippedPhantom());
            events.addAll(rebased("calls " + options.calls(), log.events(), options.rebase()));
        }
        if (options.connectCtr() != null) {
            events.addAll(rebased("Connect " + options.connectCtr(), ConnectContactRecords.read(options.connectCtr()), options.rebase()));
        }
        events.sort(Comparator.comparing(ReplayEvent::at));

        Replayer.Report report = new Replayer(new GatewayWebhooks(options.gateway(), secrets), options.speedUp(),
                options.concurrency()).run(events);
        System.out.printf("sent %d webhooks in %.1f s: %d accepted; by HTTP status %s%n", report.sent(),
                report.took().toMillis() / 1000.0, report.accepted(), report.byStatus());
        report.firstErrors().forEach((status, body) -> System.out.println("  first answer with status " + status + ": " + body));
        return report.accepted() == report.sent() ? 0 : 1;
    }

    /**
     * Shifts a data set so that its bulk starts at {@code rebase}. The bulk starts at the first
     * percentile: TWCS, for one, holds a few replies to tweets years older than the rest, and
     * anchoring on those would move the whole data set months away from the others.
     */
    private static List<? extends ReplayEvent> rebased(String dataSet, List<? extends ReplayEvent> events, Instant rebase) {
        if (events.isEmpty()) {
            System.out.println(dataSet + ": no events");
            return events;
        }
        List<Instant> times = events.stream().map(ReplayEvent::at).sorted().toList();
        Instant bulkStart = times.get(times.size() / 100);
        Duration shift = rebase == null ? Duration.ZERO : Duration.between(bulkStart, rebase);
        long stragglers = times.stream().filter(t -> t.isBefore(bulkStart)).count();
        System.out.printf("%s: %d events from %s to %s (%d before the bulk starts at %s)%n", dataSet, events.size(),
                times.get(0).plus(shift), times.get(times.size() - 1).plus(shift), stragglers, bulkStart.plus(shift));
        return events.stream().map(e -> e.shiftedBy(shift)).toList();
    }

    record Options(Path twcs, Path calls, Path connectCtr, ZoneId timeZone, Instant rebase, double speedUp,
                   String gateway, int concurrency) {

        static Options parse(String[] args, Map<String, String> env) {
            Path twcs = null;
            Path calls = null;
            Path connect = null;
            ZoneId zone = ZoneId.of("Asia/Jerusalem");
            Instant rebase = null;
            double speedUp = 0;
            String gateway = "http://localhost:" + env.getOrDefault("ONEVOICE_GATEWAY_PORT", "8081");
            int concurrency = 16;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--twcs" -> twcs = file(args[i], value);
                    case "--calls" -> calls = file(args[i], value);
                    case "--connect-ctr" -> connect = file(args[i], value);
                    case "--time-zone" -> zone = parse(args[i], value, ZoneId::of);
                    case "--rebase" -> rebase = parse(args[i], value, Instant::parse);
                    case "--speed-up" -> speedUp = parse(args[i], value, Double::parseDouble);
                    case "--gateway" -> gateway = parse(args[i], value, v -> v);
                    case "--concurrency" -> concurrency = parse(args[i], value, Integer::parseInt);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (twcs == null && calls == null && connect == null) {
                throw new IllegalArgumentException("name at least one data set");
            }
            if (speedUp < 0 || concurrency < 1) {
                throw new IllegalArgumentException("--speed-up must be >= 0 and --concurrency >= 1");
            }
            return new Options(twcs, calls, connect, zone, rebase, speedUp, gateway, concurrency);
        }

        private static Path file(String option, String value) {
            Path path = parse(option, value, Path::of);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException(option + ": no such file " + path);
            }
            return path;
        }

        private static <T> T parse(String option, String value, java.util.function.Function<String, T> parser) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            try {
                return parser.apply(value);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(option + ": cannot use '" + value + "': " + e.getMessage());
            }
        }
    }
}
