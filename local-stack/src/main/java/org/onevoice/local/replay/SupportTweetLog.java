package org.onevoice.local.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onevoice.local.data.CsvFile;

/**
 * "Customer Support on Twitter" (TWCS): tweets to and from brand support accounts. Customer
 * tweets become what X delivers to the addressed brand's webhook; brand tweets become the brand's
 * own answers in the same feed. Brands are screen names in the data; their user ids are derived.
 */
final class SupportTweetLog {
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
    private static final Pattern MENTION = Pattern.compile("@(\\w{1,15})");

    private SupportTweetLog() {
    }

    static List<ReplayEvent.Tweet> read(Path file) throws IOException {
        List<Map<String, String>> rows = CsvFile.rows(file);
        Map<String, Map<String, String>> byId = new HashMap<>();
        Map<String, String> brandIds = new HashMap<>();
        for (Map<String, String> row : rows) {
            byId.put(row.get("tweet_id"), row);
            if (!isCustomer(row)) {
                brandIds.put(row.get("author_id").toLowerCase(Locale.ROOT), userIdOfBrand(row.get("author_id")));
            }
        }
        List<ReplayEvent.Tweet> tweets = new ArrayList<>(rows.size());
        for (Map<String, String> row : rows) {
            String inReplyTo = tweetId(row.get("in_response_to_tweet_id"));
            Map<String, String> repliedTo = inReplyTo == null ? null : byId.get(inReplyTo);
            Instant at = ZonedDateTime.parse(row.get("created_at"), CREATED_AT).toInstant();
            if (isCustomer(row)) {
                String brand = addressedBrand(row, byId, brandIds);
                if (brand == null) {
                    continue;
                }
                tweets.add(new ReplayEvent.Tweet(row.get("tweet_id"), row.get("author_id"), "user" + row.get("author_id"),
                        row.get("text"), at, inReplyTo, repliedTo == null ? null : userId(repliedTo), brand, false));
            } else if (repliedTo != null && isCustomer(repliedTo)) {
                String brandId = userIdOfBrand(row.get("author_id"));
                tweets.add(new ReplayEvent.Tweet(row.get("tweet_id"), brandId, row.get("author_id"), row.get("text"), at,
                        inReplyTo, repliedTo.get("author_id"), brandId, true));
            }
        }
        return tweets;
    }

    private static boolean isCustomer(Map<String, String> row) {
        return "True".equalsIgnoreCase(row.get("inbound"));
    }

    /** The brand whose feed a customer tweet lands in: the one that answered it, else the one it mentions. */
    private static String addressedBrand(Map<String, String> row, Map<String, Map<String, String>> byId, Map<String, String> brandIds) {
        for (String response : row.getOrDefault("response_tweet_id", "").split(",")) {
            Map<String, String> answer = byId.get(response.strip());
            if (answer != null && !isCustomer(answer)) {
                return userIdOfBrand(answer.get("author_id"));
            }
        }
        Matcher mention = MENTION.matcher(row.get("text"));
        while (mention.find()) {
            String brand = brandIds.get(mention.group(1).toLowerCase(Locale.ROOT));
            if (brand != null) {
                return brand;
            }
        }
        return null;
    }

    private static String userId(Map<String, String> row) {
        return isCustomer(row) ? row.get("author_id") : userIdOfBrand(row.get("author_id"));
    }

    /** A stable numeric id per brand screen name, outside the range of the data's customer ids. */
    static String userIdOfBrand(String screenName) {
        return Long.toString(9_000_000_000L + Math.floorMod(screenName.toLowerCase(Locale.ROOT).hashCode(), 1_000_000_000L));
    }

    /** The data writes reply ids as floats ({@code 3.0}). */
    private static String tweetId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        return id.endsWith(".0") ? id.substring(0, id.length() - 2) : id;
    }
}
