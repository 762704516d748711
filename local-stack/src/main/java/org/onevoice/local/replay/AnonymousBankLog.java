package org.onevoice.local.replay;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Anonymous Bank" call-centre log (Technion, 1999): one tab-separated row per call with local
 * wall-clock times. Turned into call lifecycle events under OneVoice's definition: a call that
 * reached an agent waited its queue time (0 when it never queued); a call that hung up in the
 * queue is abandoned after its queue time (a censored wait); IVR-only and phantom calls are not
 * contacts and are skipped.
 */
final class AnonymousBankLog {
    /** Two-digit years: the log is from 1999, so they count from 1950. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValueReduced(ChronoField.YEAR, 2, 2, 1950)
            .appendPattern("MMdd")
            .toFormatter();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm:ss");
    private static final String QUEUE_PREFIX = "bank-";

    private AnonymousBankLog() {
    }

    record Result(List<ReplayEvent.Call> events, int calls, int skippedIvrOnly, int skippedPhantom) {
    }

    static Result read(Path file, ZoneId zone) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        if (lines.isEmpty()) {
            return new Result(List.of(), 0, 0, 0);
        }
        String[] header = lines.get(0).strip().split("\t");
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            column.put(header[i].strip(), i);
        }
        List<ReplayEvent.Call> events = new ArrayList<>();
        int calls = 0;
        int ivrOnly = 0;
        int phantom = 0;
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Row row = new Row(f, column, zone);
            switch (row.get("outcome")) {
                case "PHANTOM" -> phantom++;
                case "HANG" -> {
                    if (row.queueSeconds() == 0) {
                        ivrOnly++;
                    } else {
                        calls++;
                        events.add(row.event("QUEUED", row.instant("q_start")));
                        events.add(row.event("ABANDONED", row.instant("q_exit")));
                    }
                }
                case "AGENT" -> {
                    calls++;
                    boolean queued = row.queueSeconds() > 0;
                    var answeredAt = queued ? row.instant("q_exit") : row.instant("ser_start");
                    events.add(row.event("QUEUED", queued ? row.instant("q_start") : answeredAt));
                    events.add(row.event("ANSWERED", answeredAt));
                    events.add(row.event("ENDED", row.instant("ser_exit")));
                }
                default -> throw new IOException(file + " line " + (n + 1) + ": unknown outcome '" + row.get("outcome") + "'");
            }
        }
        return new Result(events, calls, ivrOnly, phantom);
    }

    private record Row(String[] fields, Map<String, Integer> column, ZoneId zone) {
        String get(String name) {
            Integer i = column.get(name);
            if (i == null || i >= fields.length) {
                throw new IllegalArgumentException("no column " + name);
            }
            return fields[i].strip();
        }

        int queueSeconds() {
            return Integer.parseInt(get("q_time"));
        }

        java.time.Instant instant(String timeColumn) {
            LocalDate date = LocalDate.parse(get("date"), DATE);
            return date.atTime(LocalTime.parse(get(timeColumn), TIME)).atZone(zone).toInstant();
        }

        ReplayEvent.Call event(String type, java.time.Instant at) {
            String server = get("server");
            String agent = server.isEmpty() || server.equals("NO_SERVER") ? null : server;
            return new ReplayEvent.Call(callId(), type, at, callerNumber(), QUEUE_PREFIX + get("type"),
                    type.equals("QUEUED") || type.equals("ABANDONED") ? null : agent, null);
        }

        /** Call ids repeat across the log's lines (the VRU and line a call came in on): only both together name one call. */
        private String callId() {
            return "ab-" + get("vru+line") + "-" + get("call_id");
        }

        /**
         * The log has no phone numbers, only an anonymised customer id (0 when unidentified). A
         * stable number in the Tel Aviv landline range keeps each customer's calls together.
         */
        private String callerNumber() {
            // Some ids are written in scientific notation (6.02701E+11) by the spreadsheet the log went through.
            long customer = new BigDecimal(get("customer_id")).longValue();
            long seed = customer == 0 ? Long.parseLong("9" + get("call_id")) : customer;
            long digits = Math.floorMod(seed, 10_000_000L);
            return "+9723" + String.format("%07d", digits);
        }
    }
}
