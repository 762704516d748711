package org.onevoice.topics.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Command line of {@link EvalTopics}; every mistake is reported with the usage. */
record EvalArguments(List<Path> train, Path test, Path splitFrom, double testFraction, long seed, Path out, int threads) {

    static final String USAGE = """
            usage: eval-topics [--train FILE]... [--split-from FILE [--test-fraction 0.2] [--seed 42]] [--test FILE]
                               --out FILE [--threads 2]
              --train FILE       labelled knowledge base, CSV with header text,label (repeatable)
              --split-from FILE  hold out a stratified share of FILE as test set and learn from the rest
                                 (plus any --train files)
              --test FILE        labelled questions to assign, CSV with header text,label; with --split-from
                                 it replaces the held-out part
              --out FILE         written as CSV text,predicted, one row per test question
              --threads N        cores for the sentence model (default 2)""";

    private static final Set<String> OPTIONS = Set.of(
            "--train", "--test", "--split-from", "--out", "--test-fraction", "--seed", "--threads");

    static EvalArguments parse(String[] args) {
        List<Path> train = new ArrayList<>();
        Path test = null;
        Path splitFrom = null;
        Path out = null;
        double testFraction = 0.2;
        long seed = 42;
        int threads = 2;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (!OPTIONS.contains(flag)) {
                throw new IllegalArgumentException("unknown option " + flag);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--train" -> train.add(Path.of(value));
                case "--test" -> test = Path.of(value);
                case "--split-from" -> splitFrom = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--test-fraction" -> testFraction = number(flag, value);
                case "--seed" -> seed = (long) number(flag, value);
                case "--threads" -> threads = (int) number(flag, value);
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        if (test == null && splitFrom == null) {
            throw new IllegalArgumentException("give --test or --split-from");
        }
        if (splitFrom == null && train.isEmpty()) {
            throw new IllegalArgumentException("--train is required unless --split-from is given");
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        return new EvalArguments(List.copyOf(train), test, splitFrom, testFraction, seed, out, threads);
    }

    private static double number(String flag, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number, got '" + value + "'");
        }
    }
}
