package org.onevoice.gateway.email;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.gateway.language.LanguageDetector;

/**
 * Runs the email parser over every file below a directory (e.g. a folder of real mails) and prints
 * per file whether it became a customer question or why not, then totals by outcome.
 * Exits 1 when a file crashed the parser or hung. Usage, from the repository root:
 * <pre>
 * ./mvnw -q -pl channel-gateway dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp channel-gateway/target/classes:$(cat channel-gateway/target/cp.txt) \
 *     org.onevoice.gateway.email.EmailCorpusReport ../shared/data/email
 * </pre>
 */
public final class EmailCorpusReport {
    private static final long PARSE_TIMEOUT_SECONDS = 10;
    private static final int PREVIEW_CHARS = 60;

    private EmailCorpusReport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: EmailCorpusReport <directory>");
            System.exit(2);
        }
        EmailRules rules = new EmailRules(Set.of("support@onevoice.local"), 20, 25L * 1024 * 1024, 100_000);
        boolean allHandled = report(Path.of(args[0]), new EmailParser(rules, LanguageDetector::detect), System.out);
        System.exit(allHandled ? 0 : 1);
    }

    /** @return false when a file crashed the parser or did not finish in time */
    static boolean report(Path directory, EmailParser parser, PrintStream out) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, Integer> totals = new TreeMap<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus-parse");
            t.setDaemon(true);
            return t;
        });
        boolean allHandled = true;
        try {
            for (Path file : files) {
                String outcome = outcomeOf(directory.relativize(file), Files.readAllBytes(file), parser, worker, out);
                allHandled &= !outcome.startsWith("FAILED");
                totals.merge(outcome, 1, Integer::sum);
            }
        } finally {
            worker.shutdownNow();
        }
        out.printf("%n%d files%n", files.size());
        totals.forEach((outcome, count) -> out.printf("%5d  %s%n", count, outcome));
        return allHandled;
    }

    private static String outcomeOf(Path name, byte[] raw, EmailParser parser, ExecutorService worker, PrintStream out)
            throws InterruptedException {
        Future<EmailVerdict> parsing = worker.submit(() -> parser.parse(raw, Instant.now()));
        try {
            EmailVerdict verdict = parsing.get(PARSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (verdict instanceof EmailVerdict.Accepted accepted) {
                ContactReceived c = accepted.contact();
                out.printf("ACCEPTED  %s  from=%s subject=%s lang=%s body=%d chars attachments=%s \"%s\"%n", name, c.customer().value(),
                        c.subject(), c.language(), c.body().length(), c.facts().containsKey(EmailFacts.ATTACHMENTS), preview(c.body()));
                return "accepted" + (c.subject() == null ? " (no subject)" : "");
            }
            EmailVerdict.Rejected rejected = (EmailVerdict.Rejected) verdict;
            out.printf("REJECTED  %s  %s (%s)%n", name, rejected.reason(), rejected.explanation());
            return "rejected " + rejected.reason();
        } catch (TimeoutException e) {
            parsing.cancel(true);
            out.printf("FAILED    %s  no verdict within %d s%n", name, PARSE_TIMEOUT_SECONDS);
            return "FAILED timeout";
        } catch (java.util.concurrent.ExecutionException e) {
            out.printf("FAILED    %s  %s%n", name, e.getCause());
            return "FAILED crash";
        }
    }

    private static String preview(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() <= PREVIEW_CHARS ? oneLine : oneLine.substring(0, PREVIEW_CHARS) + "…";
    }
}
