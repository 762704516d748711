package org.onevoice.monitor.answer;

import java.math.RoundingMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts, durations, percentages, phone numbers, URLs and a leading yes or no in an
 * answer, in Dutch or English, and normalises them. Deliberately literal: it compares what agents
 * wrote, it does not interpret it.
 */
public final class FactExtractor {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"')]+");
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();
    /** A number in digits or, as a whole word, in Dutch or English words up to twenty and the tens. */
    private static final String NUMBER_WORD = "(?<![\\p{L}\\d])(?:" + String.join("|", NUMBER_WORDS.keySet()) + ")(?![\\p{L}\\d])";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?iu)(?:(€|eur(?:o)?|\\$|usd)\\s?(\\d+(?:[.,]\\d{1,2})?)(?:,-)?|(\\d+(?:[.,]\\d{1,2})?|" + NUMBER_WORD
                    + ")\\s?(€|euro'?s?|eur|dollars?|usd)\\b)");
    private static final Pattern PERCENTAGE = Pattern.compile(
            "(?iu)(\\d+(?:[.,]\\d+)?|" + NUMBER_WORD + ")\\s?(?:%|procent\\b|percent\\b)");
    private static final Pattern DURATION = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\d+|" + NUMBER_WORD + ")\\s?(werkdagen|werkdag|business days?|working days?|dagen|dag|days?|uren|uur|hours?|weken|week|weeks|maanden|maand|months?|minuten|minuut|minutes?)\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d.,])(?:\\+\\d{1,3}[ -]?)?\\(?0?\\d{2,4}\\)?(?:[ -]?\\d{2,4}){2,3}(?![\\d%])");
    private static final Pattern YES_NO = Pattern.compile("(?i)^\\s*(?:@\\w+\\s+)*(ja|yes|jazeker|zeker|nee|no|helaas niet)\\b");
    private static final Map<String, String> UNITS = units();
    private static final int MIN_PHONE_DIGITS = 9;

    private FactExtractor() {
    }

    public static List<StatedFact> extract(String answer) {
        List<StatedFact> facts = new ArrayList<>();
        if (answer == null || answer.isBlank()) {
            return facts;
        }
        String rest = answer;
        Matcher url = URL.matcher(rest);
        while (url.find()) {
            String text = url.group().replaceAll("[.,;:!?]+$", "");
            facts.add(new StatedFact(FactKind.URL, normaliseUrl(text), text));
        }
        rest = URL.matcher(rest).replaceAll(" ");
        Matcher amount = AMOUNT.matcher(rest);
        while (amount.find()) {
            String currency = amount.group(1) != null ? amount.group(1) : amount.group(4);
            String number = amount.group(2) != null ? amount.group(2) : amount.group(3);
            facts.add(new StatedFact(FactKind.AMOUNT, currency(currency) + ' ' + decimal(digits(number), 2), amount.group().strip()));
        }
        rest = AMOUNT.matcher(rest).replaceAll(" ");
        Matcher percentage = PERCENTAGE.matcher(rest);
        while (percentage.find()) {
            facts.add(new StatedFact(FactKind.PERCENTAGE, plain(digits(percentage.group(1))) + '%', percentage.group().strip()));
        }
        rest = PERCENTAGE.matcher(rest).replaceAll(" ");
        Matcher duration = DURATION.matcher(rest);
        while (duration.find()) {
            String unit = UNITS.get(duration.group(2).toLowerCase(Locale.ROOT));
            facts.add(new StatedFact(FactKind.DURATION, Integer.parseInt(digits(duration.group(1))) + " " + unit, duration.group().strip()));
        }
        rest = DURATION.matcher(rest).replaceAll(" ");
        Matcher phone = PHONE.matcher(rest);
        while (phone.find()) {
            String digits = phone.group().replaceAll("\\D", "");
            if (digits.length() >= MIN_PHONE_DIGITS) {
                facts.add(new StatedFact(FactKind.PHONE, normalisePhone(phone.group().strip(), digits), phone.group().strip()));
            }
        }
        Matcher yesNo = YES_NO.matcher(answer);
        if (yesNo.find()) {
            String word = yesNo.group(1).toLowerCase(Locale.ROOT);
            boolean no = word.equals("nee") || word.equals("no") || word.startsWith("helaas");
            facts.add(new StatedFact(FactKind.YES_NO, no ? "no" : "yes", yesNo.group(1)));
        }
        return facts;
    }

    /** A number as digits, whether it was written in digits or in words. */
    private static String digits(String number) {
        Integer word = NUMBER_WORDS.get(number.toLowerCase(Locale.ROOT));
        return word != null ? word.toString() : number;
    }

    /** Longest words first, so that the alternation tries "seventeen" before "seven". */
    private static Map<String, Integer> numberWords() {
        Map<String, Integer> words = new TreeMap<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String[] english = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        String[] dutch = {"één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
            "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"};
        for (int i = 0; i < english.length; i++) {
            words.put(english[i], i + 1);
            words.put(dutch[i], i + 1);
        }
        words.put("een", 1);
        String[] englishTens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] dutchTens = {"dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"};
        for (int i = 0; i < englishTens.length; i++) {
            words.put(englishTens[i], 30 + 10 * i);
            words.put(dutchTens[i], 30 + 10 * i);
        }
        return words;
    }

    private static String normaliseUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** Dutch numbers start with 0 and international ones with the country code: +31 6 ... and 06 ... are the same. */
    private static String normalisePhone(String text, String digits) {
        if (text.startsWith("+31")) {
            return "0" + digits.substring(2);
        }
        if (text.startsWith("+")) {
            return "+" + digits;
        }
        return digits;
    }

    private static String currency(String symbol) {
        String s = symbol.toLowerCase(Locale.ROOT);
        return s.startsWith("$") || s.startsWith("usd") || s.startsWith("dollar") ? "USD" : "EUR";
    }

    private static String decimal(String number, int scale) {
        return new BigDecimal(number.replace(',', '.')).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(String number) {
        return new BigDecimal(number.replace(',', '.')).stripTrailingZeros().toPlainString();
    }

    private static Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        for (String w : List.of("werkdagen", "werkdag", "business day", "business days", "working day", "working days")) {
            units.put(w, "business days");
        }
        for (String w : List.of("dagen", "dag", "day", "days")) {
            units.put(w, "days");
        }
        for (String w : List.of("uren", "uur", "hour", "hours")) {
            units.put(w, "hours");
        }
        for (String w : List.of("weken", "week", "weeks")) {
            units.put(w, "weeks");
        }
        for (String w : List.of("maanden", "maand", "month", "months")) {
            units.put(w, "months");
        }
        for (String w : List.of("minuten", "minuut", "minute", "minutes")) {
            units.put(w, "minutes");
        }
        return units;
    }
}
