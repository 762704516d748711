package org.onevoice.local.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymousBankLogTest {
    private static final String HEADER = "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time"
            + "\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver\r\n";

    @TempDir
    Path dir;

    @Test
    void queuedServedAbandonedAndNonContactsFollowTheDefinition() throws Exception {
        Path log = dir.resolve("calls.tsv");
        Files.writeString(log, HEADER
                + "AA0101\t1\t0\t0\tPS\t990201\t7:02:47\t7:02:56\t9\t0:00:00\t0:00:00\t0\tAGENT\t7:02:55\t7:05:41\t166\tDORIT\r\n"
                + "AA0101\t2\t23317894\t2\tPS\t990201\t8:09:16\t8:09:22\t6\t8:09:22\t8:09:27\t5\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER\r\n"
                + "AA0101\t3\t41\t2\tNW\t990201\t9:00:00\t9:00:10\t10\t9:00:10\t9:01:40\t90\tAGENT\t9:01:40\t9:03:00\t80\tTOVA\r\n"
                + "AA0101\t4\t0\t0\tPS\t990201\t9:10:00\t9:10:20\t20\t0:00:00\t0:00:00\t0\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER\r\n"
                + "AA0101\t6\t6.02701E+11\t2\tPS\t990201\t9:30:00\t9:30:10\t10\t9:30:10\t9:30:20\t10\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER\r\n"
                + "AA0105\t1\t77\t0\tPS\t990202\t7:02:47\t7:02:56\t9\t0:00:00\t0:00:00\t0\tAGENT\t7:02:55\t7:05:41\t166\tDORIT\r\n"
                + "AA0101\t5\t0\t0\tPS\t990201\t9:20:00\t9:20:20\t20\t0:00:00\t0:00:00\t0\tPHANTOM\t0:00:00\t0:00:00\t0\tNO_SERVER\r\n");

        AnonymousBankLog.Result result = AnonymousBankLog.read(log, ZoneId.of("Asia/Jerusalem"));

        assertEquals(5, result.calls(), "call ids repeat across lines: line and id together name a call");
        assertEquals(1, result.skippedIvrOnly());
        assertEquals(1, result.skippedPhantom());
        List<String> steps = result.events().stream().map(e -> e.callId() + " " + e.type()).toList();
        assertEquals(List.of("ab-AA0101-1 QUEUED", "ab-AA0101-1 ANSWERED", "ab-AA0101-1 ENDED", "ab-AA0101-2 QUEUED", "ab-AA0101-2 ABANDONED",
                "ab-AA0101-3 QUEUED", "ab-AA0101-3 ANSWERED", "ab-AA0101-3 ENDED", "ab-AA0101-6 QUEUED", "ab-AA0101-6 ABANDONED", "ab-AA0105-1 QUEUED", "ab-AA0105-1 ANSWERED", "ab-AA0105-1 ENDED"), steps);
        // Israel is UTC+2 in February.
        assertEquals(Instant.parse("1999-02-01T05:02:55Z"), result.events().get(0).at());
        assertEquals(Duration.ZERO, Duration.between(result.events().get(0).at(), result.events().get(1).at()),
                "a call that never queued waited nothing");
        assertEquals(Duration.ofSeconds(5), Duration.between(result.events().get(3).at(), result.events().get(4).at()),
                "an abandoned call waited its queue time");
        assertEquals(Duration.ofSeconds(90), Duration.between(result.events().get(5).at(), result.events().get(6).at()));
        assertEquals("TOVA", result.events().get(6).agent());
        assertEquals(result.events().get(5).caller(), result.events().get(7).caller(), "one caller per call");
        assertEquals("+97233317894", result.events().get(3).caller());
        assertEquals("+97231000000", result.events().get(9).caller(), "an id the spreadsheet wrote as 6.02701E+11");
    }
}
