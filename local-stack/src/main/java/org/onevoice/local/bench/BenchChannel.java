package org.onevoice.local.bench;

import java.util.Locale;

/** The gateway's entry points the bench drives, named as in {@code --mix}. */
public enum BenchChannel {
    X("x"), EMAIL("email"), CALLS("calls");

    private final String option;

    BenchChannel(String option) {
        this.option = option;
    }

    public String option() {
        return option;
    }

    static BenchChannel ofOption(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (BenchChannel channel : values()) {
            if (channel.option.equals(wanted)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("unknown channel '" + name + "' (x, email or calls)");
    }
}
