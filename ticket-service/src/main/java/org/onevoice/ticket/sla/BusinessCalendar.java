package org.onevoice.ticket.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Business hours in one time zone: the clock of SLA targets only runs while the company is open,
 * so a tweet on Friday evening is due on Monday morning, not on Saturday.
 */
public final class BusinessCalendar {
    /** More than ten years without a business day means the calendar is misconfigured. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    private final ZoneId zone;
    private final LocalTime opensAt;
    private final LocalTime closesAt;
    private final Set<DayOfWeek> businessDays;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, LocalTime opensAt, LocalTime closesAt, Set<DayOfWeek> businessDays,
                            Set<LocalDate> holidays) {
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("business hours must open before they close: " + opensAt + "-" + closesAt);
        }
        if (businessDays.isEmpty()) {
            throw new IllegalArgumentException("at least one business day is needed");
        }
        this.zone = zone;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.businessDays = EnumSet.copyOf(businessDays);
        this.holidays = Set.copyOf(holidays);
    }

    /** The moment {@code businessTime} of open hours have passed after {@code start}. */
    public Instant plus(Instant start, Duration businessTime) {
        ZonedDateTime at = start.atZone(zone);
        Duration left = businessTime;
        for (int day = 0; day < MAX_DAYS_SEARCHED; day++) {
            LocalDate date = at.toLocalDate();
            if (isBusinessDay(date) && at.toLocalTime().isBefore(closesAt)) {
                ZonedDateTime from = at.toLocalTime().isBefore(opensAt) ? date.atTime(opensAt).atZone(zone) : at;
                ZonedDateTime closing = date.atTime(closesAt).atZone(zone);
                Duration open = Duration.between(from, closing);
                if (left.compareTo(open) <= 0) {
                    return from.plus(left).toInstant();
                }
                left = left.minus(open);
            }
            at = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("no business hours within " + MAX_DAYS_SEARCHED + " days of " + start);
    }

    private boolean isBusinessDay(LocalDate date) {
        return businessDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }
}
