package org.onevoice.local.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which channel the n-th contact comes from. Deterministic and evenly spread (every prefix of the
 * sequence is as close to the mix as whole contacts allow), so a short run has the same mix as a long one.
 */
public final class ChannelMix {
    public static final ChannelMix DEFAULT = parse("x=50,email=30,calls=20");

    private final Map<BenchChannel, Integer> weights;
    private final List<BenchChannel> cycle;

    public ChannelMix(Map<BenchChannel, Integer> weights) {
        this.weights = Map.copyOf(weights);
        if (weights.values().stream().anyMatch(w -> w < 0) || weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("--mix needs non-negative weights with a positive sum");
        }
        this.cycle = cycle();
    }

    public Map<BenchChannel, Integer> weights() {
        return weights;
    }

    /** {@code x=50,email=30,calls=20}; channels left out get no contacts. */
    public static ChannelMix parse(String text) {
        Map<BenchChannel, Integer> weights = new EnumMap<>(BenchChannel.class);
        for (String part : text.split(",")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("--mix: '" + part + "' is not channel=weight");
            }
            BenchChannel channel = BenchChannel.ofOption(pair[0]);
            try {
                if (weights.put(channel, Integer.parseInt(pair[1].strip())) != null) {
                    throw new IllegalArgumentException("--mix names " + channel.option() + " twice");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--mix: weight of " + channel.option() + " is not a whole number: " + pair[1]);
            }
        }
        return new ChannelMix(weights);
    }

    /** The channel of contact {@code index}. */
    public BenchChannel channelOf(long index) {
        return cycle.get((int) (index % cycle.size()));
    }

    /**
     * One period of the sequence, as long as the weights' sum: each slot goes to the channel
     * furthest behind its share so far, so the channels interleave instead of coming in blocks.
     */
    private List<BenchChannel> cycle() {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        List<BenchChannel> cycle = new ArrayList<>(total);
        Map<BenchChannel, Integer> taken = new EnumMap<>(BenchChannel.class);
        for (int slot = 0; slot < total; slot++) {
            BenchChannel chosen = null;
            double largestDeficit = Double.NEGATIVE_INFINITY;
            for (BenchChannel channel : BenchChannel.values()) {
                int weight = weights.getOrDefault(channel, 0);
                double deficit = (double) weight * (slot + 1) / total - taken.getOrDefault(channel, 0);
                if (weight > 0 && deficit > largestDeficit) {
                    largestDeficit = deficit;
                    chosen = channel;
                }
            }
            taken.merge(chosen, 1, Integer::sum);
            cycle.add(chosen);
        }
        return cycle;
    }

    @Override
    public String toString() {
        return weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().option() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
