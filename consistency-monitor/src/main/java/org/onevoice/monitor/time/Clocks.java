package org.onevoice.monitor.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The wall clock, which says how long still unanswered contacts have waited so far. */
@ApplicationScoped
public class Clocks {
    @Produces
    @Singleton
    Clock wallClock() {
        return Clock.systemUTC();
    }
}
