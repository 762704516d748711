package org.onevoice.local.bench;

import java.util.List;
import java.util.Map;

/** Everything one bench run measured; written as JSON and printed as a table. */
public record BenchReport(
        String startedAt,
        String command,
        Setup setup,
        Map<String, Double> readySeconds,
        Map<String, Double> readyAfterRestartAloneSeconds,
        Inbox inbox,
        Ceilings ceilings,
        Load load,
        Latencies latencies,
        Integrity integrity,
        Replies replies,
        Map<String, Long> maxConsumerLag,
        List<ProcessFigures> processes,
        PostgresWork postgres,
        KafkaWork kafka,
        Ratios ratios,
        List<Step> steps,
        Integer highestRateHeld,
        List<String> notes) {

    public record Setup(String mode, int rate, int durationSeconds, String mix, int repliesPercent, String texts,
                        int maxInFlight, String serviceJavaOptions, int cpus, double infrastructureReadySeconds) {
    }

    /**
     * The inbox API with {@code seededTickets} tickets in the database, one request at a time,
     * without filters and with {@code filters}.
     */
    public record Inbox(long seededTickets, double seedSeconds, LatencySummary firstPage, LatencySummary deepPage,
                        String filters, LatencySummary filteredFirstPage, LatencySummary filteredDeepPage) {
    }

    public record Ceilings(int recordBytes, double kafkaRecordsPerSecond, double postgresBatchedContactsPerSecond,
                           double postgresPerCommitContactsPerSecond) {
    }

    /**
     * @param acceptedPerSecond contacts the gateway acknowledged, per second of load
     * @param committedPerSecond contacts stored by the ticket service, per second from the start of the
     *                           load to the last commit
     */
    public record Load(long offered, long accepted, Map<String, Long> refusedByStatus, long droppedByGenerator,
                       double seconds, double offeredPerSecond, double acceptedPerSecond, double committedPerSecond,
                       Map<String, Long> acceptedByChannel) {
    }

    /**
     * @param ackAfterDue       from when a contact was due to the gateway's acknowledgement
     * @param ackToCommitted    from the acknowledgement to the ticket service's transaction storing it
     * @param ackToMonitor      from the acknowledgement to the monitor's transaction counting it
     */
    public record Latencies(LatencySummary ackAfterDue, LatencySummary ackToCommitted, LatencySummary ackToMonitor) {
    }

    /** Acknowledged contacts missing from a store are lost; stored more than once, duplicated. */
    public record Integrity(long storedInTickets, long lostInTickets, long duplicatedInTickets, Long storedInMonitor,
                            Long lostInMonitor, Long duplicatedInMonitor) {
    }

    /** @param latency of the reply POST to the ticket API */
    public record Replies(long sent, long accepted, Map<String, Long> byStatus, LatencySummary latency, ReplyDelivery delivery) {
    }

    /**
     * What reached the customers of the replies the ticket API accepted.
     *
     * @param deliveredByChannel    arrivals at the local X API and mail server
     * @param notDelivered          accepted but never arrived
     * @param deliveredTwice        arrived more than once
     * @param refusedByXAsRepeat    tweets the X API refused as a repeat of one it already took
     * @param stateInTickets        the delivery state of every agent reply in the ticket service at the end
     * @param sentToDelivered       from sending the POST to the reply arriving at the customer's channel
     * @param stages                the same, stage by stage
     */
    public record ReplyDelivery(long delivered, Map<String, Long> deliveredByChannel, long notDelivered, long deliveredTwice,
                                int refusedByXAsRepeat, Map<String, Long> stateInTickets, LatencySummary sentToDelivered,
                                ReplyStages stages) {
    }

    /**
     * Where a reply's way to the customer goes, clocks of one machine.
     *
     * @param sentToKafka        from sending the POST to the outbox relay handing the event to Kafka (the
     *                           request, its transaction, the relay's wait for its turn)
     * @param kafkaToDelivering  from there to the gateway beginning to deliver (its consumer)
     * @param deliveringToArrival from there to the arrival at the X API or mail server
     */
    public record ReplyStages(LatencySummary sentToKafka, LatencySummary kafkaToDelivering, LatencySummary deliveringToArrival) {
    }

    /**
     * @param cpuMillisPerContact CPU time during the load and drain per accepted contact: what one
     *                            contact costs this process, whatever else the machine was busy with
     */
    public record ProcessFigures(String name, List<Long> pids, double cpuSecondsDuringLoad, double cpuSecondsTotal,
                                 long peakRssMb, double cpuMillisPerContact) {
    }

    /**
     * PostgreSQL's statements during the load and drain (pg_stat_statements, execution time only).
     *
     * @param databases     each service's database, most time first
     * @param topStatements the statements that took the most time, over all databases
     */
    public record PostgresWork(List<DatabaseWork> databases, List<StatementWork> topStatements) {
    }

    /** @param calls statements executed, each a round trip unless batched */
    public record DatabaseWork(String database, long calls, double callsPerContact, double execMillis, double execMillisPerContact) {
    }

    /** @param query as pg_stat_statements normalised it: constants replaced by $n */
    public record StatementWork(String database, long calls, double callsPerContact, double execMillisPerContact, double meanMillis,
                                long rows, String query) {
    }

    /** Per accepted contact: records and bytes into the broker, bytes out to consumers, and requests by kind. */
    public record KafkaWork(double recordsInPerContact, double bytesInPerContact, double bytesOutPerContact,
                            List<KafkaRequestWork> requests) {
    }

    public record KafkaRequestWork(String request, long count, double perContact) {
    }

    /** The system's committed throughput as a share of each ceiling. */
    public record Ratios(double toKafka, double toPostgresBatched, double toPostgresPerCommit) {
    }

    /**
     * One step of a ramp, or one window of a fixed run; a p99 after the acknowledgement is null when nothing of the step
     * was stored there, or the store could not be read.
     */
    public record Step(int step, int rate, long offered, long accepted, long refused, long lost, double ackP99Millis,
                           Double committedP99Millis, Double countedP99Millis, boolean held) {
    }

    static String statusName(int status) {
        return switch (status) {
            case AckLog.DROPPED -> "dropped";
            case AckLog.IO_ERROR -> "io-error";
            default -> Integer.toString(status);
        };
    }
}
