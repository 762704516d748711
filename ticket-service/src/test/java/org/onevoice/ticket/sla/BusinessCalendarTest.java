package org.onevoice.ticket.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Due times count only Amsterdam office hours, skipping weekends and Dutch holidays. */
class BusinessCalendarTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate ASCENSION_2026 = LocalDate.of(2026, 5, 14);
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(AMSTERDAM, LocalTime.of(9, 0), LocalTime.of(17, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(ASCENSION_2026));

    @Test
    void aTweetOnFridayAfternoonIsDueOnMondayMorning() {
        // Friday 6 March 2026, 16:00: one hour left that day, the other hour on Monday.
        assertEquals(at("2026-03-09T10:00"), CALENDAR.plus(at("2026-03-06T16:00"), Duration.ofHours(2)));
    }

    @Test
    void aContactOnSaturdayStartsCountingWhenMondayOpens() {
        assertEquals(at("2026-03-09T10:00"), CALENDAR.plus(at("2026-03-07T13:45"), Duration.ofHours(1)));
    }

    @Test
    void aContactBeforeOpeningStartsCountingAtNine() {
        assertEquals(at("2026-03-10T09:30"), CALENDAR.plus(at("2026-03-10T06:10"), Duration.ofMinutes(30)));
    }

    @Test
    void aHolidayBeforeTheWeekendIsSkippedToo() {
        // Wednesday 13 May 16:00 + 2h: 1h on Wednesday, nothing on Ascension Day (Thu), 1h on Friday.
        assertEquals(at("2026-05-15T10:00"), CALENDAR.plus(at("2026-05-13T16:00"), Duration.ofHours(2)));
        // Thursday (holiday) 11:00 + 16h: Friday 8h, weekend skipped, Monday 8h.
        assertEquals(at("2026-05-18T17:00"), CALENDAR.plus(at("2026-05-14T11:00"), Duration.ofHours(16)));
    }

    @Test
    void theClockChangeInMarchDoesNotShiftOfficeHours() {
        // Summer time starts Sunday 29 March 2026; Friday 16:30 + 1h is Monday 09:30 local time.
        assertEquals(at("2026-03-30T09:30"), CALENDAR.plus(at("2026-03-27T16:30"), Duration.ofHours(1)));
    }

    @Test
    void aCalendarWithoutBusinessDaysIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(AMSTERDAM, LocalTime.of(9, 0),
                LocalTime.of(17, 0), EnumSet.noneOf(DayOfWeek.class), Set.of()));
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(AMSTERDAM).toInstant();
    }
}
