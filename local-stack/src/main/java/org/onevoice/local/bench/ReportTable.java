package org.onevoice.local.bench;

import java.io.PrintStream;

/** The report as the readable table {@code ./onevoice bench} prints. */
final class ReportTable {
    static final int STATEMENTS_PRINTED = 15;
    private static final int KAFKA_REQUESTS_PRINTED = 8;
    private static final int STATEMENT_WIDTH = 90;

    private ReportTable() {
    }

    static void print(BenchReport r, PrintStream out) {
        BenchReport.Setup s = r.setup();
        out.printf("%nOneVoice bench, %s: %s mode, %d contacts/s%s, %d s, mix %s, replies %d %%, texts %s, %d CPUs%n",
                r.startedAt(), s.mode(), s.rate(), s.mode().equals("RAMP") ? " to start" : "", s.durationSeconds(), s.mix(),
                s.repliesPercent(), s.texts(), s.cpus());
        out.printf("%n%-44s %12s%n", "Ready after start", "seconds");
        out.printf("  %-42s %12.1f%n", "Kafka + PostgreSQL", s.infrastructureReadySeconds());
        r.readySeconds().forEach((service, seconds) -> out.printf("  %-42s %12.1f%n", service, seconds));
        out.printf("%-44s %12s%n", "Ready after a restart, one at a time", "seconds");
        r.readyAfterRestartAloneSeconds().forEach((service, seconds) -> out.printf("  %-42s %12.1f%n", service, seconds));

        if (r.inbox() != null) {
            out.printf("%n%-44s %8s %8s %8s %8s %8s%n", "Inbox API, " + r.inbox().seededTickets() + " tickets, ms", "n", "p50", "p95", "p99", "max");
            latency(out, "GET /api/tickets first page", r.inbox().firstPage());
            latency(out, "GET /api/tickets page half-way (keyset)", r.inbox().deepPage());
            out.printf("  filtered: %s%n", r.inbox().filters());
            latency(out, "  first page", r.inbox().filteredFirstPage());
            latency(out, "  page half-way (keyset)", r.inbox().filteredDeepPage());
        }

        BenchReport.Ceilings c = r.ceilings();
        BenchReport.Ratios ratio = r.ratios();
        out.printf("%n%-44s %12s %10s%n", "Ceilings of this machine", "per second", "OneVoice");
        out.printf("  %-42s %12.0f %9.1f%%%n", "Kafka produce, " + c.recordBytes() + " B, acks=all", c.kafkaRecordsPerSecond(), ratio.toKafka() * 100);
        out.printf("  %-42s %12.0f %9.1f%%%n", "PostgreSQL ticket+message, 500 per commit", c.postgresBatchedContactsPerSecond(), ratio.toPostgresBatched() * 100);
        out.printf("  %-42s %12.0f %9.1f%%%n", "PostgreSQL ticket+message, 1 per commit", c.postgresPerCommitContactsPerSecond(), ratio.toPostgresPerCommit() * 100);

        BenchReport.Load l = r.load();
        out.printf("%n%-44s %12s%n", "Load through the gateway", "");
        out.printf("  %-42s %12d  (%.1f/s)%n", "offered", l.offered(), l.offeredPerSecond());
        out.printf("  %-42s %12d  (%.1f/s) %s%n", "accepted (HTTP 2xx, SMTP 250)", l.accepted(), l.acceptedPerSecond(), l.acceptedByChannel());
        out.printf("  %-42s %12s%n", "refused, by status", l.refusedByStatus().isEmpty() ? "none" : l.refusedByStatus());
        out.printf("  %-42s %12d%n", "dropped by the load generator (in-flight cap)", l.droppedByGenerator());
        out.printf("  %-42s %12.1f%n", "committed tickets per second", l.committedPerSecond());

        BenchReport.Integrity i = r.integrity();
        out.printf("%n%-44s %12s %10s %10s%n", "Sent vs stored", "stored", "lost", "duplicated");
        out.printf("  %-42s %12d %10d %10d%n", "ticket-service (message rows)", i.storedInTickets(), i.lostInTickets(), i.duplicatedInTickets());
        if (i.storedInMonitor() != null) {
            out.printf("  %-42s %12d %10d %10d%n", "consistency-monitor (contact rows)", i.storedInMonitor(), i.lostInMonitor(), i.duplicatedInMonitor());
        }
        BenchReport.ReplyDelivery d = r.replies().delivery();
        out.printf("%n%-44s %12s %10s %10s%n", "Agent replies accepted vs delivered", "delivered", "missing", "twice");
        out.printf("  %-42s %12d %10d %10d%n", "at the customers' X API and mail server", d.delivered(), d.notDelivered(), d.deliveredTwice());
        out.printf("  %-42s %12s%n", "arrivals by channel", d.deliveredByChannel());
        out.printf("  %-42s %12d%n", "tweets refused by X as a repeat", d.refusedByXAsRepeat());
        out.printf("  %-42s %12s%n", "delivery state in the ticket service", d.stateInTickets());

        out.printf("%n%-44s %8s %8s %8s %8s %8s%n", "Latency, ms", "n", "p50", "p95", "p99", "max");
        latency(out, "due -> gateway ack", r.latencies().ackAfterDue());
        latency(out, "gateway ack -> ticket committed", r.latencies().ackToCommitted());
        latency(out, "gateway ack -> monitor counted", r.latencies().ackToMonitor());
        latency(out, "agent reply POST (" + r.replies().sent() + " sent, " + r.replies().accepted() + " 2xx)", r.replies().latency());
        latency(out, "agent reply POST -> at the customer", d.sentToDelivered());
        latency(out, "  POST -> relayed to Kafka", d.stages().sentToKafka());
        latency(out, "  relayed -> gateway begins delivering", d.stages().kafkaToDelivering());
        latency(out, "  gateway begins delivering -> at customer", d.stages().deliveringToArrival());

        // Committed offsets move every 5 s, so this includes up to 5 s of records a consumer already has.
        out.printf("%n%-44s %12s%n", "Max consumer lag, by committed offset", "records");
        r.maxConsumerLag().forEach((group, lag) -> out.printf("  %-42s %12d%n", group, lag));

        out.printf("%n%-44s %12s %10s %11s %12s%n", "Processes", "CPU s load", "CPU s all", "peak RSS MB", "CPU ms/contact");
        double perContact = 0;
        for (BenchReport.ProcessFigures p : r.processes()) {
            out.printf("  %-42s %12.1f %10.1f %11d %12.1f%n", p.name(), p.cpuSecondsDuringLoad(), p.cpuSecondsTotal(), p.peakRssMb(),
                    p.cpuMillisPerContact());
            perContact += p.cpuMillisPerContact();
        }
        if (perContact > 0) {
            out.printf("  %-42s %48.1f%n  at that cost %d dedicated CPUs would take about %.0f contacts/s%n", "all together", perContact,
                    s.cpus(), s.cpus() * 1000 / perContact);
        }
        postgres(out, r.postgres());
        kafka(out, r.kafka());
        out.printf("%n%-6s %8s %10s %10s %8s %6s %12s %14s %14s %6s%n", "Step", "rate/s", "offered", "accepted", "refused", "lost",
                "ack p99 ms", "committed p99", "counted p99", "held");
        for (BenchReport.Step step : r.steps()) {
            out.printf("%-6d %8d %10d %10d %8d %6d %12.1f %14s %14s %6s%n", step.step(), step.rate(), step.offered(), step.accepted(),
                    step.refused(), step.lost(), step.ackP99Millis(), millis(step.committedP99Millis()), millis(step.countedP99Millis()),
                    step.held() ? "yes" : "NO");
        }
        if (r.setup().mode().equals(BenchOptions.Mode.RAMP.name())) {
            out.printf("Highest rate held with no loss: %s%n", r.highestRateHeld() == null ? "none" : r.highestRateHeld() + " contacts/s");
        } else {
            out.printf("Steps that held: %d of %d%n", r.steps().stream().filter(BenchReport.Step::held).count(), r.steps().size());
        }
        r.notes().forEach(note -> out.println("Note: " + note));
    }

    private static void postgres(PrintStream out, BenchReport.PostgresWork work) {
        out.printf("%n%-44s %12s %10s %11s%n", "PostgreSQL statements, per accepted contact", "calls", "exec ms", "exec ms all");
        for (BenchReport.DatabaseWork db : work.databases()) {
            out.printf("  %-42s %12.2f %10.3f %11.0f%n", db.database(), db.callsPerContact(), db.execMillisPerContact(), db.execMillis());
        }
        out.printf("  %-8s %8s %10s %9s  %s%n", "database", "calls", "exec ms", "mean ms", "statement, most execution time first (all " + work.topStatements().size() + " in the JSON report)");
        for (BenchReport.StatementWork st : work.topStatements().stream().limit(STATEMENTS_PRINTED).toList()) {
            String query = st.query().length() > STATEMENT_WIDTH ? st.query().substring(0, STATEMENT_WIDTH - 1) + "…" : st.query();
            out.printf("  %-8s %8.2f %10.3f %9.3f  %s%n", st.database(), st.callsPerContact(), st.execMillisPerContact(), st.meanMillis(), query);
        }
    }

    private static void kafka(PrintStream out, BenchReport.KafkaWork work) {
        out.printf("%n%-44s %12s %10s %11s%n", "Kafka broker, per accepted contact", "records in", "bytes in", "bytes out");
        out.printf("  %-42s %12.2f %10.0f %11.0f%n", "all topics", work.recordsInPerContact(), work.bytesInPerContact(), work.bytesOutPerContact());
        out.printf("  %-42s %12s %10s%n", "requests, most first (all in the JSON report)", "per contact", "all");
        for (BenchReport.KafkaRequestWork request : work.requests().stream().limit(KAFKA_REQUESTS_PRINTED).toList()) {
            out.printf("  %-42s %12.3f %10d%n", request.request(), request.perContact(), request.count());
        }
    }

    private static String millis(Double value) {
        return value == null ? "-" : String.format("%.1f", value);
    }

    private static void latency(PrintStream out, String name, LatencySummary l) {
        if (!l.present()) {
            out.printf("  %-42s %8s%n", name, "-");
            return;
        }
        out.printf("  %-42s %8d %8.1f %8.1f %8.1f %8.1f%n", name, l.count(), l.p50(), l.p95(), l.p99(), l.max());
    }
}
