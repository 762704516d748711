package org.onevoice.ticket.sla;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.Threading;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;

/** The configured defaults: email targets of 4h/16h in Amsterdam office hours, Dutch holidays off. */
@QuarkusTest
class SlaDueTimesTest {

    @Test
    void anEmailBeforeAscensionDayIsDueAfterTheHolidayAndTheWeekend() {
        // Wednesday 13 May 2026, 16:00 in Amsterdam (CEST); Thursday 14 May is Ascension Day.
        ContactReceived mail = Contacts.email(Contacts.email(), Contacts.randomMessageId(), "Holiday question",
                "Before the long weekend " + Contacts.uniqueId(), Threading.none(), Instant.parse("2026-05-13T14:00:00Z"));
        Kafka.publish(mail);
        long ticket = Api.awaitTicketWithMessage("EMAIL", mail.body());

        given().get("/api/tickets/{id}", ticket).then()
                // 1h on Wednesday, 3h on Friday.
                .body("ticket.firstResponseDueAt", equalTo("2026-05-15T10:00:00Z"))
                // 1h on Wednesday, 8h on Friday, 7h on Monday 18 May.
                .body("ticket.resolutionDueAt", equalTo("2026-05-18T14:00:00Z"));
    }
}
