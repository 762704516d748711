package org.onevoice.monitor.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "monitor.alerts")
public interface AlertConfig {
    /** A gap opens when one channel's median first response is at least this many times another's. */
    @WithDefault("3.0")
    double ratio();

    /** An open gap resolves only once the ratio fell below ratio × this, so it does not flap around the threshold. */
    @WithDefault("0.8")
    double resolveFraction();

    /** Contacts each channel needs in the evaluated window before its median is compared. */
    @WithDefault("20")
    int minSamples();

    /** A faster median below this counts as this in the ratio, so near-zero waits do not make any delay a gap. */
    @WithDefault("30s")
    Duration medianFloor();

    /** A hopping alert opens when at least this share of a channel's contacts on a topic hopped to one other channel... */
    @WithDefault("0.2")
    double hoppingRate();

    /** ... and at least this many did; it resolves below hopping-rate × resolve-fraction. */
    @WithDefault("5")
    int hoppingMinHops();

    /** The evaluated window of receipt times, ending at the newest event time. */
    @WithDefault("7d")
    Duration window();

    /** How often alerts are evaluated when no consumed batch asked for it sooner. */
    @WithDefault("30s")
    Duration evaluateEvery();

    /**
     * The least time between two evaluations, however fast batches are consumed. An evaluation reads
     * every contact of the window; run after each batch, it took 40 % of the monitor's CPU at 200
     * contacts/s (bench, JFR) and grows with the window.
     */
    @WithDefault("5s")
    Duration evaluateAtMostEvery();
}
