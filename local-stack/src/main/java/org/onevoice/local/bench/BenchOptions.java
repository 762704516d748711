package org.onevoice.local.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/** What {@code ./onevoice bench} was asked to do. */
public record BenchOptions(Mode mode, int rate, int durationSeconds, ChannelMix mix, int repliesPercent, Path data,
                           Path out, int rampIncrement, int rampStepSeconds, int maxInFlight, long seedTickets,
                           int warmUpSeconds, int maxAckMillis, int maxCommitMillis) {

    public enum Mode { FIXED, RAMP }

    static final String USAGE = """
            usage: ./onevoice bench [options]

              --rate N            contacts per second (fixed mode), or the first step's rate (ramp); default 200
              --duration SECONDS  how long the load runs (ramp: at most); default 30
              --mode fixed|ramp   ramp: raise the rate step by step until the system falls behind; default fixed
              --max-ack-ms MS     ramp: a step held if 99 % of its contacts were acknowledged within MS of being
                                  due (and none refused, dropped or lost); default 5000
              --max-commit-ms MS  ramp: and if 99 % of them were committed as tickets within MS of being
                                  acknowledged; default 5000
              --ramp-step N       ramp: contacts per second added each step; default 250
              --step-seconds S    length of a step: of the ramp, or of each window a fixed run is reported in; default 10
              --mix x=50,email=30,calls=20
                                  share of the contacts per entry point (signed X webhook, SMTP, signed call event)
              --replies PERCENT   agent replies through the ticket API, as a share of the contacts; default 10
              --data DIR          draw texts from DIR (twcs/*.csv tweets, paraphrase/banking77/train.csv
                                  questions), e.g. ../shared/data; generated texts otherwise
              --max-in-flight N   requests in flight at most; a contact due while all are busy counts as
                                  dropped by the load generator; default 1024
              --warm-up SECONDS   untimed contacts and replies first (at the rate, 50/s at most) so the services
                                  are past their cold start; default 5, 0 = none
              --seed-tickets N    before the load, COPY N tickets into the ticket database and time the inbox
                                  API (first page and a page half-way down); default 0 = skip
              --out FILE          JSON report; default .onevoice/bench/<timestamp>.json

            Starts its own Kafka, PostgreSQL and the three packaged services on free ports (build them first:
            ./mvnw -DskipTests package); ONEVOICE_SERVICE_JAVA_OPTS sets the services' JVM options.""";

    public static BenchOptions parse(String[] args, Path root, Instant now) {
        Mode mode = Mode.FIXED;
        int rate = 200;
        int duration = 30;
        ChannelMix mix = ChannelMix.DEFAULT;
        int replies = 10;
        Path data = null;
        Path out = null;
        int increment = 250;
        int stepSeconds = 10;
        int maxInFlight = 1024;
        long seedTickets = 0;
        int warmUp = 5;
        int maxAckMillis = 5000;
        int maxCommitMillis = 5000;
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (option) {
                case "--mode" -> mode = value(option, value, v -> Mode.valueOf(v.toUpperCase(Locale.ROOT)));
                case "--rate" -> rate = positive(option, value);
                case "--duration" -> duration = positive(option, value);
                case "--mix" -> mix = value(option, value, ChannelMix::parse);
                case "--replies" -> replies = value(option, value, BenchOptions::percent);
                case "--data" -> data = value(option, value, BenchOptions::directory);
                case "--out" -> out = value(option, value, Path::of);
                case "--ramp-step" -> increment = positive(option, value);
                case "--step-seconds" -> stepSeconds = positive(option, value);
                case "--max-in-flight" -> maxInFlight = positive(option, value);
                case "--seed-tickets" -> seedTickets = positive(option, value);
                case "--max-ack-ms" -> maxAckMillis = positive(option, value);
                case "--max-commit-ms" -> maxCommitMillis = positive(option, value);
                case "--warm-up" -> warmUp = value(option, value, Integer::parseUnsignedInt);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (out == null) {
            out = root.resolve(".onevoice/bench").resolve(
                    DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now) + ".json");
        }
        return new BenchOptions(mode, rate, duration, mix, replies, data, out, increment, stepSeconds, maxInFlight, seedTickets, warmUp,
                maxAckMillis, maxCommitMillis);
    }

    public RateSchedule schedule() {
        // A fixed rate is a ramp that does not rise: its steps are the windows the report is broken into.
        return RateSchedule.ramp(rate, mode == Mode.FIXED ? 0 : rampIncrement, rampStepSeconds, durationSeconds);
    }

    private static int positive(String option, String value) {
        int n = value(option, value, Integer::parseInt);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, not " + n);
        }
        return n;
    }

    private static int percent(String value) {
        int n = Integer.parseInt(value);
        if (n < 0 || n > 100) {
            throw new IllegalArgumentException("a percentage is 0-100");
        }
        return n;
    }

    private static Path directory(String value) {
        Path dir = Path.of(value);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no such directory");
        }
        return dir;
    }

    private static <T> T value(String option, String value, Function<String, T> parser) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": cannot use '" + value + "': " + e.getMessage());
        }
    }
}
