package org.onevoice.ticket.sla;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Service-level targets, counted in business time. A target is the channel's base time scaled by
 * the ticket's priority: e.g. an URGENT tweet gets a quarter of a normal tweet's time.
 */
@ConfigMapping(prefix = "tickets.sla")
public interface SlaConfig {
    @WithDefault("Europe/Amsterdam")
    ZoneId zone();

    @WithDefault("09:00")
    LocalTime opensAt();

    @WithDefault("17:00")
    LocalTime closesAt();

    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    List<DayOfWeek> businessDays();

    /**
     * Dutch public holidays of 2026 and 2027 that fall on weekdays, as the Algemene termijnenwet
     * lists them (Liberation Day included); set TICKETS_SLA_HOLIDAYS for later years.
     */
    @WithDefault("2026-01-01,2026-04-06,2026-04-27,2026-05-05,2026-05-14,2026-05-25,2026-12-25,"
            + "2027-01-01,2027-03-29,2027-04-27,2027-05-05,2027-05-06,2027-05-17")
    List<LocalDate> holidays();

    @WithName("first-response.x")
    @WithDefault("1h")
    Duration firstResponseX();

    @WithName("first-response.email")
    @WithDefault("4h")
    Duration firstResponseEmail();

    @WithName("first-response.call-centre")
    @WithDefault("2h")
    Duration firstResponseCallCentre();

    @WithName("resolution.x")
    @WithDefault("8h")
    Duration resolutionX();

    @WithName("resolution.email")
    @WithDefault("16h")
    Duration resolutionEmail();

    @WithName("resolution.call-centre")
    @WithDefault("16h")
    Duration resolutionCallCentre();

    /** Percentages of the channel's base time per priority. */
    @WithName("priority-percent.low")
    @WithDefault("200")
    int lowPercent();

    @WithName("priority-percent.normal")
    @WithDefault("100")
    int normalPercent();

    @WithName("priority-percent.high")
    @WithDefault("50")
    int highPercent();

    @WithName("priority-percent.urgent")
    @WithDefault("25")
    int urgentPercent();

    /** How often missed targets are looked for and published. */
    @WithDefault("30s")
    Duration checkInterval();
}
