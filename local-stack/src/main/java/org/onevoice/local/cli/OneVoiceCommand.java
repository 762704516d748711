package org.onevoice.local.cli;

import java.util.Arrays;
import org.onevoice.local.bench.BenchCommand;
import org.onevoice.local.replay.ReplayCommand;

/** Entry point of {@code ./onevoice}. */
public final class OneVoiceCommand {
    private OneVoiceCommand() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int exit = switch (command) {
            case "up" -> new UpCommand(System.getenv()).run(rest);
            case "replay" -> new ReplayCommand(System.getenv()).run(rest);
            case "bench" -> new BenchCommand(System.getenv()).run(rest);
            case "help", "-h", "--help" -> usage(0);
            default -> {
                System.err.println("unknown command: " + command);
                yield usage(2);
            }
        };
        if (exit != 0) {
            System.exit(exit);
        }
    }

    private static int usage(int exit) {
        (exit == 0 ? System.out : System.err).println("""
                usage: ./onevoice <command>

                  up           start Kafka, PostgreSQL and the three services; Ctrl-C stops them all
                  replay       feed real data sets (tweets, call logs) through the gateway's webhooks
                  bench        load the whole system and measure it against the machine's own ceilings
                  eval-topics  learn a topic catalogue from --train CSV, score it on --test, write --out

                Settings come from environment variables; see README.md.""");
        return exit;
    }
}
